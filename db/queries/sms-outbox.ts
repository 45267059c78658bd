import type { Executor } from '../executor.js';

export type OutboxPurpose = 'confirmation' | 'reminder' | 'page' | 'price_list';

/** Queues a text once per key: a retried send finds the first one and queues nothing. */
export async function enqueueSms(
  db: Executor,
  input: { tenantId: string; toPhone: string; body: string; purpose: OutboxPurpose; idempotencyKey: string },
): Promise<{ id: string; created: boolean }> {
  const inserted = await db
    .insertInto('sms_outbox')
    .values({
      tenant_id: input.tenantId,
      to_phone: input.toPhone,
      body: input.body,
      purpose: input.purpose,
      idempotency_key: input.idempotencyKey,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .selectFrom('sms_outbox')
    .select('id')
    .where('tenant_id', '=', input.tenantId)
    .where('idempotency_key', '=', input.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}
