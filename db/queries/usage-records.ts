import { sql } from 'kysely';
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

export type DailyUsage = { day: string; metric: UsageMetric; quantity: number };

/** What the organization used on each UTC day (YYYY-MM-DD) of [from, to), by metric. */
export async function dailyUsage(db: Executor, input: { tenantId: string; from: Date; to: Date }): Promise<DailyUsage[]> {
  const day = sql<string>`to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  const rows = await db
    .selectFrom('usage_records')
    .select([day.as('day'), 'metric', sql<number>`sum(quantity)::int`.as('quantity')])
    .where('tenant_id', '=', input.tenantId)
    .where('occurred_at', '>=', input.from)
    .where('occurred_at', '<', input.to)
    .groupBy([day, 'metric'])
    .orderBy(day)
    .execute();
  return rows.map((row) => ({ day: row.day, metric: row.metric as UsageMetric, quantity: row.quantity }));
}
