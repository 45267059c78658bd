import type { CallTiming } from '../../domain/call/call-timing.js';
import { sql, type Selectable } from 'kysely';
import type { CallOutcome } from '../../domain/call/call-outcome.js';
import type { CallTurn } from '../../domain/extraction/call-turn.js';
import type { CallerDetails } from '../../domain/extraction/caller-details.js';
import type { CallKind } from '../../domain/first-call/call-kind.js';
import type { FirstCallSheet } from '../../domain/first-call/first-call-sheet.js';
import type { Executor } from '../executor.js';
import type { Calls } from '../generated/database.js';


export type CallRecord = {
  id: string;
  tenantId: string;
  callSid: string;
  workflowId: string;
  fromPhone: string | null;
  status: 'in_progress' | 'completed';
  outcome: CallOutcome | null;
  urgent: boolean;
  urgencyReason: string | null;
  contactId: string | null;
  kind: CallKind | null;
  firstCall: FirstCallSheet | null;
  startedAt: string;
  endedAt: string | null;
};

function toCall(row: Selectable<Calls>): CallRecord {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    callSid: row.call_sid,
    workflowId: row.workflow_id,
    fromPhone: row.from_phone,
    status: row.status as CallRecord['status'],
    outcome: row.outcome as CallOutcome | null,
    urgent: row.urgent,
    urgencyReason: row.urgency_reason,
    contactId: row.contact_id,
    kind: row.kind as CallKind | null,
    firstCall: (row.first_call as FirstCallSheet | null) ?? null,
    startedAt: row.started_at.toISOString(),
    endedAt: row.ended_at?.toISOString() ?? null,
  };
}

/** Records the call once per workflow; a retry returns the row the first attempt made. */
export async function openCallRecord(
  db: Executor,
  input: { tenantId: string; callSid: string; workflowId: string; fromPhone: string | null; startedAt: string },
): Promise<CallRecord> {
  await db
    .insertInto('calls')
    .values({
      tenant_id: input.tenantId,
      call_sid: input.callSid,
      workflow_id: input.workflowId,
      from_phone: input.fromPhone,
      started_at: input.startedAt,
    })
    .onConflict((oc) => oc.column('workflow_id').doNothing())
    .execute();
  const call = await findCallByWorkflow(db, { tenantId: input.tenantId, workflowId: input.workflowId });
  if (!call) throw new Error(`call ${input.workflowId} belongs to another organization`);
  return call;
}

export async function findCallByWorkflow(db: Executor, input: { tenantId: string; workflowId: string }): Promise<CallRecord | null> {
  const row = await db
    .selectFrom('calls')
    .selectAll()
    .where('tenant_id', '=', input.tenantId)
    .where('workflow_id', '=', input.workflowId)
    .executeTakeFirst();
  return row ? toCall(row) : null;
}

export async function findCallRecord(db: Executor, input: { tenantId: string; id: string }): Promise<CallRecord | null> {
  const row = await db.selectFrom('calls').selectAll().where('tenant_id', '=', input.tenantId).where('id', '=', input.id).executeTakeFirst();
  return row ? toCall(row) : null;
}

/** The end of the call: what was said, what was understood, and how it went. Safe to repeat. */
export async function completeCallRecord(
  db: Executor,
  input: {
    tenantId: string;
    workflowId: string;
    outcome: CallOutcome;
    urgent: boolean;
    urgencyReason: string | null;
    contactId: string | null;
    turns: readonly CallTurn[];
    details: CallerDetails;
    endedAt: string;
    /** Absent from calls recorded before calls had kinds. */
    kind?: CallKind | null;
    firstCall?: FirstCallSheet | null;
    /** Absent from calls recorded before timings were kept. */
    timings?: readonly CallTiming[];
  },
): Promise<void> {
  await db
    .updateTable('calls')
    .set({
      status: 'completed',
      outcome: input.outcome,
      urgent: input.urgent,
      urgency_reason: input.urgencyReason,
      contact_id: input.contactId,
      transcript: JSON.stringify(input.turns),
      extracted: JSON.stringify(input.details),
      ended_at: sql`coalesce(ended_at, ${input.endedAt}::timestamptz)`,
      ...(input.kind === undefined ? {} : { kind: input.kind, first_call: input.firstCall ? JSON.stringify(input.firstCall) : null }),
      ...(input.timings === undefined ? {} : { timings: JSON.stringify(input.timings) }),
    })
    .where('tenant_id', '=', input.tenantId)
    .where('workflow_id', '=', input.workflowId)
    .execute();
}

/** What the call is and its first-call sheet, as known so far: the page and the call view read it. */
export async function recordCallKind(
  db: Executor,
  input: { tenantId: string; workflowId: string; kind: CallKind; firstCall: FirstCallSheet | null },
): Promise<void> {
  await db
    .updateTable('calls')
    .set({ kind: input.kind, first_call: input.firstCall ? JSON.stringify(input.firstCall) : null })
    .where('tenant_id', '=', input.tenantId)
    .where('workflow_id', '=', input.workflowId)
    .execute();
}

/** What the telephone network reported at the end of a call; false when no call of ours has the sid. */
export async function recordTelephonyEnd(db: Executor, input: { tenantId: string; callSid: string; status: string; seconds: number | null }): Promise<boolean> {
  const result = await db
    .updateTable('calls')
    .set({ telephony_status: input.status, telephony_seconds: input.seconds })
    .where('tenant_id', '=', input.tenantId)
    .where('call_sid', '=', input.callSid)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
