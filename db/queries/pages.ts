import { sql } from 'kysely';
import type { Executor, Tx } from '../executor.js';

export const PAGE_STATUSES = ['paging', 'acknowledged', 'called_back', 'unanswered'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];
export type PageStepKind = 'texted' | 'acknowledged' | 'told_taken' | 'callback_missed' | 'called_back' | 'unanswered' | 'nobody_on_call';

export type PageRecord = {
  id: string;
  tenantId: string;
  callId: string;
  workflowId: string;
  status: PageStatus;
  callbackDueAt: Date;
  ownerName: string | null;
  ownerPhone: string | null;
  acknowledgedAt: Date | null;
  calledBackAt: Date | null;
  calledBackBy: string | null;
  createdAt: Date;
};

export type PageStep = { kind: PageStepKind; personName: string | null; personPhone: string | null; detail: string | null; at: Date };

type PageRow = {
  id: string;
  tenant_id: string;
  call_id: string;
  workflow_id: string;
  status: string;
  callback_due_at: Date;
  owner_name: string | null;
  owner_phone: string | null;
  acknowledged_at: Date | null;
  called_back_at: Date | null;
  called_back_by: string | null;
  created_at: Date;
};

const toPage = (row: PageRow): PageRecord => ({
  id: row.id,
  tenantId: row.tenant_id,
  callId: row.call_id,
  workflowId: row.workflow_id,
  status: row.status as PageStatus,
  callbackDueAt: row.callback_due_at,
  ownerName: row.owner_name,
  ownerPhone: row.owner_phone,
  acknowledgedAt: row.acknowledged_at,
  calledBackAt: row.called_back_at,
  calledBackBy: row.called_back_by,
  createdAt: row.created_at,
});

/** Opens the call's page once: a retry, or a second reading of the same call, finds the first. */
export async function openPageRecord(db: Executor, input: { tenantId: string; callId: string; workflowId: string; callbackDueAt: string }): Promise<PageRecord> {
  await db
    .insertInto('pages')
    .values({ tenant_id: input.tenantId, call_id: input.callId, workflow_id: input.workflowId, callback_due_at: input.callbackDueAt })
    .onConflict((oc) => oc.columns(['tenant_id', 'call_id']).doNothing())
    .execute();
  const page = await findPageOfCall(db, { tenantId: input.tenantId, callId: input.callId });
  if (!page) throw new Error(`page of call ${input.callId} belongs to another organization`);
  return page;
}

export async function findPage(db: Executor, input: { tenantId: string; id: string }): Promise<PageRecord | null> {
  const row = await db.selectFrom('pages').selectAll().where('tenant_id', '=', input.tenantId).where('id', '=', input.id).executeTakeFirst();
  return row ? toPage(row) : null;
}

export async function findPageOfCall(db: Executor, input: { tenantId: string; callId: string }): Promise<PageRecord | null> {
  const row = await db.selectFrom('pages').selectAll().where('tenant_id', '=', input.tenantId).where('call_id', '=', input.callId).executeTakeFirst();
  return row ? toPage(row) : null;
}

/** A step of the page, once per key whatever retries. */
export async function recordPageStep(
  db: Executor,
  input: { tenantId: string; pageId: string; key: string; kind: PageStepKind; personName?: string | null; personPhone?: string | null; detail?: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('page_steps')
    .values({
      tenant_id: input.tenantId,
      page_id: input.pageId,
      step_key: input.key,
      kind: input.kind,
      person_name: input.personName ?? null,
      person_phone: input.personPhone ?? null,
      detail: input.detail ?? null,
      at: input.at,
    })
    .onConflict((oc) => oc.columns(['page_id', 'step_key']).doNothing())
    .execute();
}

export async function listPageSteps(db: Executor, input: { tenantId: string; pageId: string }): Promise<PageStep[]> {
  const rows = await db
    .selectFrom('page_steps')
    .select(['kind', 'person_name', 'person_phone', 'detail', 'at'])
    .where('tenant_id', '=', input.tenantId)
    .where('page_id', '=', input.pageId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ kind: row.kind as PageStepKind, personName: row.person_name, personPhone: row.person_phone, detail: row.detail, at: row.at }));
}

/**
 * The link one person is paged with, made once per page and position in the transaction that
 * queues their text: a retry finds both and adds neither.
 */
export async function insertPageLink(
  tx: Tx,
  input: { tenantId: string; pageId: string; position: number; personName: string; personPhone: string; tokenHash: string },
): Promise<boolean> {
  const inserted = await tx
    .insertInto('page_links')
    .values({
      token_hash: input.tokenHash,
      tenant_id: input.tenantId,
      page_id: input.pageId,
      position: input.position,
      person_name: input.personName,
      person_phone: input.personPhone,
    })
    .onConflict((oc) => oc.columns(['page_id', 'position']).doNothing())
    .returning('token_hash')
    .executeTakeFirst();
  return inserted !== undefined;
}

export type PageLink = { tenantId: string; pageId: string; position: number; personName: string; personPhone: string };

/** A link by its token's hash; the token is the only credential, so no organization is known yet. */
export async function findPageLink(db: Executor, input: { tokenHash: string }): Promise<PageLink | null> {
  const row = await db
    .selectFrom('page_links')
    .select(['tenant_id', 'page_id', 'position', 'person_name', 'person_phone'])
    .where('token_hash', '=', input.tokenHash)
    .executeTakeFirst();
  return row ? { tenantId: row.tenant_id, pageId: row.page_id, position: row.position, personName: row.person_name, personPhone: row.person_phone } : null;
}

/** The newest open page that texted this number: a reply from it acknowledges that page. */
export async function findOpenPageLinkForPhone(db: Executor, input: { tenantId: string; phone: string }): Promise<PageLink | null> {
  const row = await db
    .selectFrom('page_links as l')
    .innerJoin('pages as p', (join) => join.onRef('p.id', '=', 'l.page_id').onRef('p.tenant_id', '=', 'l.tenant_id'))
    .select(['l.tenant_id', 'l.page_id', 'l.position', 'l.person_name', 'l.person_phone'])
    .where('l.tenant_id', '=', input.tenantId)
    .where('l.person_phone', '=', input.phone)
    .where('p.status', 'in', ['paging', 'unanswered'])
    .orderBy('l.created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { tenantId: row.tenant_id, pageId: row.page_id, position: row.position, personName: row.person_name, personPhone: row.person_phone } : null;
}

export async function markPageAcknowledged(db: Executor, input: { tenantId: string; pageId: string; name: string; phone: string; at: string }): Promise<void> {
  await db
    .updateTable('pages')
    .set({ status: 'acknowledged', owner_name: input.name, owner_phone: input.phone, acknowledged_at: sql`coalesce(acknowledged_at, ${input.at}::timestamptz)` })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.pageId)
    .where('status', 'in', ['paging', 'unanswered'])
    .execute();
}

export async function markPageUnanswered(db: Executor, input: { tenantId: string; pageId: string }): Promise<void> {
  await db.updateTable('pages').set({ status: 'unanswered' }).where('tenant_id', '=', input.tenantId).where('id', '=', input.pageId).where('status', '=', 'paging').execute();
}

export async function markPageCalledBack(db: Executor, input: { tenantId: string; pageId: string; by: string; at: string }): Promise<void> {
  await db
    .updateTable('pages')
    .set({ status: 'called_back', called_back_by: input.by, called_back_at: sql`coalesce(called_back_at, ${input.at}::timestamptz)` })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.pageId)
    .execute();
}

export async function moveCallbackDue(db: Executor, input: { tenantId: string; pageId: string; callbackDueAt: string }): Promise<void> {
  await db.updateTable('pages').set({ callback_due_at: input.callbackDueAt }).where('tenant_id', '=', input.tenantId).where('id', '=', input.pageId).execute();
}

/** The page an urgent call-back task stands for, while it still waits for that call back. */
export async function findOpenPageOfTask(db: Executor, input: { tenantId: string; taskId: string }): Promise<{ workflowId: string } | null> {
  const row = await db
    .selectFrom('tasks as t')
    .innerJoin('pages as p', (join) => join.onRef('p.call_id', '=', 't.call_id').onRef('p.tenant_id', '=', 't.tenant_id'))
    .select('p.workflow_id')
    .where('t.tenant_id', '=', input.tenantId)
    .where('t.id', '=', input.taskId)
    .where('t.kind', '=', 'urgent_callback')
    .where('p.status', '<>', 'called_back')
    .executeTakeFirst();
  return row ? { workflowId: row.workflow_id } : null;
}
