import { sql } from 'kysely';
import type { Tx } from '../executor.js';

/**
 * The next number for this organization and prefix. The counter row stays locked until the
 * transaction ends, so concurrent bookings queue for it and a rolled-back booking gives its number
 * back: numbers have neither gaps nor duplicates.
 */
export async function nextConfirmationSequence(tx: Tx, input: { tenantId: string; prefix: string }): Promise<number> {
  const row = await tx
    .insertInto('confirmation_counters')
    .values({ tenant_id: input.tenantId, prefix: input.prefix, last_value: 1 })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'prefix']).doUpdateSet({ last_value: sql<number>`confirmation_counters.last_value + 1` }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}
