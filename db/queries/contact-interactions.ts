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
