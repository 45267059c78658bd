import type { Executor } from '../executor.js';

/** Logs one interaction on a contact's timeline once per key; a repeat updates the summary. */
export async function recordInteraction(
  db: Executor,
  input: {
    tenantId: string;
    contactId: string;
    callId: string | null;
    kind: 'call' | 'sms' | 'note';
    summary: string;
    transcript: unknown;
    idempotencyKey: string;
    occurredAt: string;
  },
): Promise<void> {
  const transcript = JSON.stringify(input.transcript);
  await db
    .insertInto('contact_interactions')
    .values({
      tenant_id: input.tenantId,
      contact_id: input.contactId,
      call_id: input.callId,
      kind: input.kind,
      summary: input.summary,
      transcript,
      idempotency_key: input.idempotencyKey,
      occurred_at: input.occurredAt,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'idempotency_key']).doUpdateSet({ summary: input.summary, transcript }))
    .execute();
}

export type Interaction = {
  id: string;
  kind: string;
  summary: string;
  transcript: unknown;
  callId: string | null;
  authorName: string | null;
  occurredAt: Date;
};

/** A contact's timeline, newest first. */
export async function listInteractions(db: Executor, input: { tenantId: string; contactId: string; limit: number }): Promise<Interaction[]> {
  const rows = await db
    .selectFrom('contact_interactions as i')
    .leftJoin('users as u', 'u.id', 'i.author_user_id')
    .select(['i.id', 'i.kind', 'i.summary', 'i.transcript', 'i.call_id', 'u.name as author_name', 'i.occurred_at'])
    .where('i.tenant_id', '=', input.tenantId)
    .where('i.contact_id', '=', input.contactId)
    .orderBy('i.occurred_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(input.limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    summary: row.summary,
    transcript: row.transcript,
    callId: row.call_id,
    authorName: row.author_name,
    occurredAt: row.occurred_at,
  }));
}

/** Something a person at the home wrote or logged by hand: a note, a meeting, an email sent. */
export async function insertStaffInteraction(
  db: Executor,
  input: { tenantId: string; contactId: string; kind: 'note' | 'meeting' | 'email' | 'sms' | 'call'; summary: string; authorUserId: string; idempotencyKey: string; occurredAt: Date },
): Promise<void> {
  await db
    .insertInto('contact_interactions')
    .values({
      tenant_id: input.tenantId,
      contact_id: input.contactId,
      kind: input.kind,
      summary: input.summary,
      author_user_id: input.authorUserId,
      idempotency_key: input.idempotencyKey,
      occurred_at: input.occurredAt,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'idempotency_key']).doNothing())
    .execute();
}
