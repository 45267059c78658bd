import type { Executor } from '../executor.js';

/**
 * Marks a webhook event as handled, in the transaction that applies it; false when it was handled
 * before (Stripe delivers an event again until it is acknowledged, and sometimes after). A second
 * delivery arriving while the first is being applied waits for it here, then finds it done.
 */
export async function claimStripeEvent(db: Executor, event: { id: string; type: string; createdAt: Date }): Promise<boolean> {
  const row = await db
    .insertInto('stripe_events')
    .values({ id: event.id, type: event.type, stripe_created_at: event.createdAt })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
