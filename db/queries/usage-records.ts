import type { Executor } from '../executor.js';

export type UsageMetric = 'calls' | 'voice_words';

/** Records billable usage once per key, so a retried activity is never billed twice. */
export async function recordUsage(
  db: Executor,
  input: { tenantId: string; metric: UsageMetric; quantity: number; idempotencyKey: string; occurredAt: string },
): Promise<void> {
  await db
    .insertInto('usage_records')
    .values({
      tenant_id: input.tenantId,
      metric: input.metric,
      quantity: input.quantity,
      idempotency_key: input.idempotencyKey,
      occurred_at: input.occurredAt,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'idempotency_key']).doNothing())
    .execute();
}
