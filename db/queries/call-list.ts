import type { CallTiming } from '../../domain/call/call-timing.js';
import { sql } from 'kysely';
import type { CallKind } from '../../domain/first-call/call-kind.js';
import type { FirstCallSheet } from '../../domain/first-call/first-call-sheet.js';
import type { Executor } from '../executor.js';

export type CallBooking = { id: string; startsAt: Date; endsAt: Date; serviceType: string | null; confirmationCode: string | null; status: string };

export type CallListItem = {
  id: string;
  workflowId: string;
  startedAt: Date;
  endedAt: Date | null;
  status: string;
  outcome: string | null;
  urgent: boolean;
  urgencyReason: string | null;
  fromPhone: string | null;
  contactId: string | null;
  callerName: string | null;
  /** What the call was, as a director would file it; null until the call has been read. */
  kind: CallKind | null;
  /** An urgent call whose callback task nobody has marked done yet. */
  needsCallback: boolean;
  booking: CallBooking | null;
};

export type CallDetail = CallListItem & { transcript: unknown; extracted: unknown; firstCall: FirstCallSheet | null; timings: CallTiming[] };

export type CallFilter = {
  tenantId: string;
  urgent?: boolean;
  needsCallback?: boolean;
  outcome?: string;
  contactId?: string;
  kind?: CallKind;
  since?: Date;
};

const openCallback = sql<boolean>`EXISTS (SELECT 1 FROM tasks t WHERE t.call_id = c.id AND t.tenant_id = c.tenant_id
  AND t.kind = 'urgent_callback' AND t.status = 'open')`;

/** The organization's calls that pass the filter, as `c`. */
function matchingCalls(db: Executor, filter: CallFilter) {
  let query = db.selectFrom('calls as c').where('c.tenant_id', '=', filter.tenantId);
  if (filter.urgent !== undefined) query = query.where('c.urgent', '=', filter.urgent);
  if (filter.outcome) query = query.where('c.outcome', '=', filter.outcome);
  if (filter.contactId) query = query.where('c.contact_id', '=', filter.contactId);
  if (filter.kind) query = query.where('c.kind', '=', filter.kind);
  if (filter.since) query = query.where('c.started_at', '>=', filter.since);
  if (filter.needsCallback) query = query.where(openCallback);
  return query;
}

/** Each call with its caller's name, whether its urgent callback is still open, and what it booked. */
function withDetails(calls: ReturnType<typeof matchingCalls>) {
  return calls
    .leftJoin('contacts as p', (join) => join.onRef('p.id', '=', 'c.contact_id').onRef('p.tenant_id', '=', 'c.tenant_id'))
    .leftJoin('calendar_events as e', (join) =>
      join.onRef('e.workflow_id', '=', 'c.workflow_id').onRef('e.tenant_id', '=', 'c.tenant_id').on('e.kind', '=', 'appointment').on('e.status', '=', 'confirmed'),
    )
    .select([
      'c.id',
      'c.workflow_id',
      'c.started_at',
      'c.ended_at',
      'c.status',
      'c.outcome',
      'c.urgent',
      'c.urgency_reason',
      'c.from_phone',
      'c.contact_id',
      'p.name as caller_name',
      'c.kind',
      openCallback.as('needs_callback'),
      'e.id as booking_id',
      'e.starts_at as booking_starts_at',
      'e.ends_at as booking_ends_at',
      'e.service_type as booking_service_type',
      'e.confirmation_code as booking_code',
      'e.status as booking_status',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof withDetails>['execute']>>[number];

function toItem(row: Row): CallListItem {
  return {
    id: row.id,
    workflowId: row.workflow_id,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    status: row.status,
    outcome: row.outcome,
    urgent: row.urgent,
    urgencyReason: row.urgency_reason,
    fromPhone: row.from_phone,
    contactId: row.contact_id,
    callerName: row.caller_name,
    kind: row.kind as CallKind | null,
    needsCallback: Boolean(row.needs_callback),
    booking:
      row.booking_id && row.booking_starts_at && row.booking_ends_at
        ? {
            id: row.booking_id,
            startsAt: row.booking_starts_at,
            endsAt: row.booking_ends_at,
            serviceType: row.booking_service_type,
            confirmationCode: row.booking_code,
            status: row.booking_status ?? 'confirmed',
          }
        : null,
  };
}

/**
 * Newest first; one row more than the page is read to tell whether another page follows. The page
 * is picked from calls alone and only its rows are joined: Postgres would otherwise join every
 * matching call (hundreds of open callbacks) before keeping a page of them.
 */
export async function listCalls(db: Executor, filter: CallFilter & { limit: number; offset: number }): Promise<{ items: CallListItem[]; hasMore: boolean }> {
  const page = matchingCalls(db, filter).select('c.id').orderBy('c.started_at', 'desc').orderBy('c.id', 'desc').limit(filter.limit + 1).offset(filter.offset);
  const rows = await withDetails(matchingCalls(db, { tenantId: filter.tenantId }).where('c.id', 'in', page))
    .orderBy('c.started_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  return { items: rows.slice(0, filter.limit).map(toItem), hasMore: rows.length > filter.limit };
}

export async function countCalls(db: Executor, filter: CallFilter): Promise<number> {
  let query = db.selectFrom('calls as c').select(sql<number>`count(*)::int`.as('n')).where('c.tenant_id', '=', filter.tenantId);
  if (filter.since) query = query.where('c.started_at', '>=', filter.since);
  if (filter.needsCallback) query = query.where(openCallback);
  return (await query.executeTakeFirstOrThrow()).n;
}

export async function findCallDetail(db: Executor, input: { tenantId: string; id: string }): Promise<CallDetail | null> {
  const row = await withDetails(matchingCalls(db, { tenantId: input.tenantId }))
    .select(['c.transcript', 'c.extracted', 'c.first_call', 'c.timings'])
    .where('c.id', '=', input.id)
    .executeTakeFirst();
  return row
    ? { ...toItem(row), transcript: row.transcript, extracted: row.extracted, firstCall: (row.first_call as FirstCallSheet | null) ?? null, timings: row.timings as CallTiming[] }
    : null;
}

/** Every reply and tool timing of the calls that ended since then. */
export async function listTimingsSince(db: Executor, input: { tenantId: string; since: Date }): Promise<CallTiming[]> {
  const rows = await db
    .selectFrom('calls')
    .select('timings')
    .where('tenant_id', '=', input.tenantId)
    .where('ended_at', '>=', input.since)
    .where(sql<boolean>`timings <> '[]'::jsonb`)
    .execute();
  return rows.flatMap((row) => row.timings as CallTiming[]);
}

export async function findCallIdOfWorkflow(db: Executor, input: { tenantId: string; workflowId: string }): Promise<string | null> {
  const row = await db.selectFrom('calls').select('id').where('tenant_id', '=', input.tenantId).where('workflow_id', '=', input.workflowId).executeTakeFirst();
  return row?.id ?? null;
}
