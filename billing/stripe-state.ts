import type Stripe from 'stripe';
import type { SubscriptionState } from '../db/queries/billing-accounts.js';
import type { StripeInvoice } from '../db/queries/stripe-invoices.js';
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from '../domain/billing/subscription-standing.js';
import type { SubscriptionPlan } from '../domain/billing/subscription-plans.js';

/** Stripe names a related object by id, or hands it over expanded. */
export const idOf = (ref: string | { id: string } | null | undefined): string | null => (ref == null ? null : typeof ref === 'string' ? ref : ref.id);

const fromSeconds = (seconds: number | null | undefined): Date | null => (seconds == null ? null : new Date(seconds * 1000));

/** The plan whose test or live price this is; null for a price the plans file does not list. */
export function planOfPrice(plans: readonly SubscriptionPlan[], priceId: string | null): SubscriptionPlan | null {
  return plans.find((plan) => plan.stripePriceIds.test === priceId || plan.stripePriceIds.live === priceId) ?? null;
}

function statusOf(status: Stripe.Subscription.Status): SubscriptionStatus {
  const known = SUBSCRIPTION_STATUSES.find((s) => s === status);
  // A status Stripe adds later is refused loudly (Stripe redelivers) rather than stored as a guess.
  if (!known || known === 'none') throw new Error(`Stripe sent a subscription status this product does not know: ${status}`);
  return known;
}

/**
 * What the billing account keeps of a subscription. Since Stripe's 2025 API the billing period
 * belongs to each item, not to the subscription; ours have one item, the plan's price.
 */
export function subscriptionStateOf(subscription: Stripe.Subscription, plans: readonly SubscriptionPlan[]): SubscriptionState {
  const items = subscription.items.data;
  const periodEnds = items.map((item) => item.current_period_end);
  return {
    subscriptionId: subscription.id,
    status: statusOf(subscription.status),
    planKey: items.map((item) => planOfPrice(plans, item.price.id)).find((plan) => plan !== null)?.key ?? null,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    currentPeriodEnd: periodEnds.length > 0 ? fromSeconds(Math.max(...periodEnds)) : null,
  };
}

export function stripeInvoiceOf(invoice: Stripe.Invoice, tenantId: string): StripeInvoice {
  return {
    stripeInvoiceId: invoice.id,
    tenantId,
    number: invoice.number,
    status: invoice.status ?? 'draft',
    amountDueCents: invoice.amount_due,
    amountPaidCents: invoice.amount_paid,
    currency: invoice.currency,
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
    periodStart: fromSeconds(invoice.period_start),
    periodEnd: fromSeconds(invoice.period_end),
    stripeCreatedAt: new Date(invoice.created * 1000),
  };
}
