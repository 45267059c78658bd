import { sql } from 'kysely';
import { ENDED_STATUSES } from '../../domain/billing/subscription-standing.js';
import type { Executor } from '../executor.js';

export type SubscriptionStatus = 'none' | 'incomplete' | 'incomplete_expired' | 'trialing' | 'active' | 'past_due' | 'canceled' | 'unpaid' | 'paused';

export type BillingAccount = {
  tenantId: string;
  stripeCustomerId: string | null;
  stripeSubscriptionId: string | null;
  planKey: string | null;
  subscriptionStatus: SubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date | null;
  stripeStateAt: Date | null;
  lastPaymentFailedAt: Date | null;
};

/** The organization's billing account; an organization that never had one reads as having no subscription. */
export async function findBillingAccount(db: Executor, tenantId: string): Promise<BillingAccount> {
  const row = await db.selectFrom('billing_accounts').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  return {
    tenantId,
    stripeCustomerId: row?.stripe_customer_id ?? null,
    stripeSubscriptionId: row?.stripe_subscription_id ?? null,
    planKey: row?.plan_key ?? null,
    subscriptionStatus: (row?.subscription_status as SubscriptionStatus | undefined) ?? 'none',
    cancelAtPeriodEnd: row?.cancel_at_period_end ?? false,
    currentPeriodEnd: row?.current_period_end ?? null,
    stripeStateAt: row?.stripe_state_at ?? null,
    lastPaymentFailedAt: row?.last_payment_failed_at ?? null,
  };
}

/**
 * Keeps the first Stripe customer recorded for the organization: if two requests created one at
 * once, both go on with the one stored, never with two. Returns the stored id.
 */
export async function keepStripeCustomer(db: Executor, tenantId: string, customerId: string): Promise<string> {
  await db
    .insertInto('billing_accounts')
    .values({ tenant_id: tenantId, stripe_customer_id: customerId })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet((eb) => ({ stripe_customer_id: eb.fn.coalesce('billing_accounts.stripe_customer_id', 'excluded.stripe_customer_id') })))
    .execute();
  const stored = await db.selectFrom('billing_accounts').select('stripe_customer_id').where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
  return stored.stripe_customer_id ?? customerId;
}

/**
 * The organization a Stripe customer belongs to. The one billing query not filtered by
 * organization: it is how a webhook, which names only the customer, learns which one it is about.
 */
export async function findTenantByStripeCustomer(db: Executor, customerId: string): Promise<string | null> {
  const row = await db.selectFrom('billing_accounts').select('tenant_id').where('stripe_customer_id', '=', customerId).executeTakeFirst();
  return row?.tenant_id ?? null;
}

/** A subscription as Stripe describes it, reduced to what the account keeps. */
export type SubscriptionState = {
  subscriptionId: string;
  status: SubscriptionStatus;
  planKey: string | null;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date | null;
};

const stateColumns = (state: SubscriptionState) => ({
  stripe_subscription_id: state.subscriptionId,
  subscription_status: state.status,
  plan_key: state.planKey,
  cancel_at_period_end: state.cancelAtPeriodEnd,
  current_period_end: state.currentPeriodEnd,
});

const ENDED = sql.join(ENDED_STATUSES.map((status) => sql.lit(status)));

/**
 * Keeps the subscription state a webhook event carried, created at `at`, unless the account holds
 * a newer one: an event delivered late never overwrites what a later event said. Events of the same
 * second are told apart only by what they are: `winsTies` is false for a subscription's creation
 * (always its first event), and a cancellation is never undone by an event of the same second.
 * A new subscription takes the place of one that ended. Returns whether the state was kept.
 */
export async function storeSubscriptionEvent(db: Executor, input: { tenantId: string; customerId: string; state: SubscriptionState; at: Date; winsTies: boolean }): Promise<boolean> {
  const row = await db
    .insertInto('billing_accounts')
    .values({ tenant_id: input.tenantId, stripe_customer_id: input.customerId, ...stateColumns(input.state), stripe_state_at: input.at })
    .onConflict((oc) =>
      oc
        .column('tenant_id')
        .doUpdateSet((eb) => ({
          stripe_customer_id: eb.fn.coalesce('billing_accounts.stripe_customer_id', 'excluded.stripe_customer_id'),
          stripe_subscription_id: eb.ref('excluded.stripe_subscription_id'),
          subscription_status: eb.ref('excluded.subscription_status'),
          plan_key: eb.ref('excluded.plan_key'),
          cancel_at_period_end: eb.ref('excluded.cancel_at_period_end'),
          current_period_end: eb.ref('excluded.current_period_end'),
          stripe_state_at: eb.ref('excluded.stripe_state_at'),
          updated_at: sql`now()`,
        }))
        .where(
          sql<boolean>`billing_accounts.stripe_subscription_id IS NULL
            OR (billing_accounts.stripe_subscription_id = excluded.stripe_subscription_id AND (
              billing_accounts.stripe_state_at IS NULL
              OR billing_accounts.stripe_state_at < excluded.stripe_state_at
              OR (billing_accounts.stripe_state_at = excluded.stripe_state_at AND ${input.winsTies} AND billing_accounts.subscription_status <> 'canceled')))
            OR (billing_accounts.stripe_subscription_id <> excluded.stripe_subscription_id
              AND billing_accounts.subscription_status IN (${ENDED}) AND excluded.subscription_status NOT IN (${ENDED}))`,
        ),
    )
    .returning('tenant_id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Keeps the subscription as Stripe answered a change asked for here (cancel, reactivate). The time
 * of the state stays that of the last event: the event this change causes is newer than any before
 * it, so it still applies, and this machine's clock never decides against Stripe's.
 */
export async function storeSubscriptionAnswer(db: Executor, input: { tenantId: string; state: SubscriptionState }): Promise<void> {
  await db
    .updateTable('billing_accounts')
    .set({ ...stateColumns(input.state), updated_at: sql`now()` })
    .where('tenant_id', '=', input.tenantId)
    .where('stripe_subscription_id', '=', input.state.subscriptionId)
    .execute();
}

/**
 * A completed checkout names the customer and the new subscription; its state comes with the
 * subscription's own events, in whatever order they arrive. A subscription that ended is replaced,
 * and the time of its last state is forgotten so that the new one's first event applies.
 */
export async function storeCheckedOutSubscription(db: Executor, input: { tenantId: string; customerId: string; subscriptionId: string }): Promise<void> {
  const replaces = sql<boolean>`billing_accounts.stripe_subscription_id IS NULL OR (billing_accounts.stripe_subscription_id <> excluded.stripe_subscription_id AND billing_accounts.subscription_status IN (${ENDED}))`;
  await db
    .insertInto('billing_accounts')
    .values({ tenant_id: input.tenantId, stripe_customer_id: input.customerId, stripe_subscription_id: input.subscriptionId })
    .onConflict((oc) =>
      oc.column('tenant_id').doUpdateSet((eb) => ({
        stripe_customer_id: eb.fn.coalesce('billing_accounts.stripe_customer_id', 'excluded.stripe_customer_id'),
        stripe_subscription_id: sql`CASE WHEN ${replaces} THEN excluded.stripe_subscription_id ELSE billing_accounts.stripe_subscription_id END`,
        stripe_state_at: sql`CASE WHEN ${replaces} THEN NULL ELSE billing_accounts.stripe_state_at END`,
        updated_at: sql`now()`,
      })),
    )
    .execute();
}

/** Records a failed payment at the time Stripe gave it; an older failure delivered late changes nothing. */
export async function recordPaymentFailure(db: Executor, input: { tenantId: string; at: Date }): Promise<void> {
  await db
    .insertInto('billing_accounts')
    .values({ tenant_id: input.tenantId, last_payment_failed_at: input.at })
    .onConflict((oc) =>
      oc.column('tenant_id').doUpdateSet({
        last_payment_failed_at: sql`GREATEST(billing_accounts.last_payment_failed_at, excluded.last_payment_failed_at)`,
        updated_at: sql`now()`,
      }),
    )
    .execute();
}

export type PaymentStanding = { status: SubscriptionStatus; lastPaymentFailedAt: Date | null; lastPaidAt: Date | null };

/** What the payment notice is decided from: the subscription, the last failure and when the last invoice was paid. */
export async function findPaymentStanding(db: Executor, tenantId: string): Promise<PaymentStanding> {
  const row = await db
    .selectFrom('tenants as t')
    .leftJoin('billing_accounts as b', 'b.tenant_id', 't.id')
    .select((eb) => [
      'b.subscription_status',
      'b.last_payment_failed_at',
      eb
        .selectFrom('stripe_invoices as i')
        .select((inner) => inner.fn.max('i.stripe_state_at').as('paid_at'))
        .where('i.tenant_id', '=', tenantId)
        .where('i.status', '=', 'paid')
        .as('last_paid_at'),
    ])
    .where('t.id', '=', tenantId)
    .executeTakeFirst();
  return {
    status: (row?.subscription_status as SubscriptionStatus | null | undefined) ?? 'none',
    lastPaymentFailedAt: row?.last_payment_failed_at ?? null,
    lastPaidAt: row?.last_paid_at ?? null,
  };
}
