import { sql, type Selectable } from 'kysely';
import type { CallOutcome } from '../../domain/call/call-outcome.js';
import type { CallTurn } from '../../domain/extraction/call-turn.js';
import type { CallerDetails } from '../../domain/extraction/caller-details.js';
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
    })
    .where('tenant_id', '=', input.tenantId)
    .where('workflow_id', '=', input.workflowId)
    .execute();
}
