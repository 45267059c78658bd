import Stripe from 'stripe';
import { ensureStripeCustomer } from '../../billing/stripe-customers.js';
import { subscriptionStateOf } from '../../billing/stripe-state.js';
import { AppError } from '../../domain/app-error.js';
import { billingPeriodBounds, billingPeriodOf } from '../../domain/billing/billing-period.js';
import { planByKey, type SubscriptionPlan } from '../../domain/billing/subscription-plans.js';
import {
  ENDED_STATUSES,
  estimatePeriod,
  hasPaymentProblem,
  isBilledSubscription,
  usageByDay,
  type DayUsage,
  type PeriodEstimate,
} from '../../domain/billing/subscription-standing.js';
import type { Tx } from '../../db/executor.js';
import { withOrganization } from '../../db/organization-scope.js';
import { findBillingAccount, findPaymentStanding, storeSubscriptionAnswer, type BillingAccount } from '../../db/queries/billing-accounts.js';
import { listStripeInvoices, type StripeInvoice } from '../../db/queries/stripe-invoices.js';
import { listUsageInvoices, type UsageInvoiceEntry } from '../../db/queries/usage-invoices.js';
import { dailyUsage } from '../../db/queries/usage-records.js';
import { getTenant } from '../../db/queries/tenants.js';
import type { AppDeps, BillingDeps } from '../app-deps.js';

type Deps = Pick<AppDeps, 'db' | 'billing' | 'webOrigin'>;

const HISTORY_LENGTH = 24;

export type Subscription = BillingAccount & { plan: SubscriptionPlan | null; paymentProblem: boolean };

export type BillingOverview = {
  configured: boolean;
  exempt: boolean;
  subscription: Subscription;
  period: { key: string; start: Date; end: Date };
  usageByDay: DayUsage[];
  estimate: PeriodEstimate;
  invoices: StripeInvoice[];
  usageInvoices: UsageInvoiceEntry[];
};

/** Stripe failing or refusing is a 503 for the person (who can try again), logged with Stripe's own error for whoever runs the server. */
async function askStripe<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) throw new AppError('dependency_unavailable', `Stripe could not ${what} just now; try again in a minute.`, { cause: error });
    throw error;
  }
}

async function subscriptionOf(tx: Tx, tenantId: string, plans: readonly SubscriptionPlan[]): Promise<Subscription> {
  const [account, standing] = await Promise.all([findBillingAccount(tx, tenantId), findPaymentStanding(tx, tenantId)]);
  return { ...account, plan: account.planKey ? planByKey(plans, account.planKey) : null, paymentProblem: hasPaymentProblem(standing) };
}

function requireStripe(billing: BillingDeps): NonNullable<BillingDeps['stripe']> {
  if (!billing.stripe) throw new AppError('dependency_unavailable', 'Billing is not configured on this server (STRIPE_SECRET_KEY is not set), so subscriptions cannot be changed here.');
  return billing.stripe;
}

/** The page staff manage billing on: the subscription, this month's usage and estimate, and the invoices so far. */
export function getBillingOverview(deps: Deps, tenantId: string, now: Date): Promise<BillingOverview> {
  const period = billingPeriodOf(now);
  const { start, end } = billingPeriodBounds(period);
  return withOrganization(deps.db, tenantId, async (tx) => {
    const { plans, active, rates } = deps.billing.plans;
    const [tenant, subscription, rows, invoices, usageInvoices] = await Promise.all([
      getTenant(tx, tenantId),
      subscriptionOf(tx, tenantId, plans),
      dailyUsage(tx, { tenantId, from: start, to: end }),
      listStripeInvoices(tx, { tenantId, limit: HISTORY_LENGTH }),
      listUsageInvoices(tx, { tenantId, limit: HISTORY_LENGTH }),
    ]);
    const days = usageByDay(period, now, rows);
    const usage = { calls: days.reduce((sum, day) => sum + day.calls, 0), voiceWords: days.reduce((sum, day) => sum + day.voiceWords, 0) };
    return {
      configured: deps.billing.stripe !== null,
      exempt: tenant.isDemo,
      subscription,
      period: { key: period, start, end },
      usageByDay: days,
      estimate: estimatePeriod({ plan: subscription.plan, status: subscription.subscriptionStatus, usage, rates, exempt: tenant.isDemo, currency: active.currency }),
      invoices,
      usageInvoices,
    };
  });
}

/** The banner's question, asked on every page: does a payment need someone's attention? */
export async function billingNotice(deps: Pick<AppDeps, 'db'>, tenantId: string): Promise<{ paymentProblem: boolean }> {
  const standing = await withOrganization(deps.db, tenantId, (tx) => findPaymentStanding(tx, tenantId));
  return { paymentProblem: hasPaymentProblem(standing) };
}

/**
 * A Stripe Checkout page subscribing the organization to the active plan. Refused while it has a
 * subscription that is billed (a second one would charge twice) and for a demo organization,
 * which is never charged.
 */
export async function startCheckout(deps: Deps, organization: { id: string; name: string }): Promise<{ url: string }> {
  const stripe = requireStripe(deps.billing);
  const { tenant, account } = await withOrganization(deps.db, organization.id, async (tx) => ({
    tenant: await getTenant(tx, organization.id),
    account: await findBillingAccount(tx, organization.id),
  }));
  if (tenant.isDemo) throw new AppError('conflict', 'This is a demo organization: it is not charged, so it has no subscription to buy.');
  if (isBilledSubscription(account.subscriptionStatus)) {
    throw new AppError('conflict', 'This organization already has a subscription; change it or its card in the billing portal.');
  }
  const customer = await askStripe('set up the billing account', () => ensureStripeCustomer(deps.db, stripe.client, organization));
  const plan = deps.billing.plans.active;
  const billingPage = `${deps.webOrigin}/billing`;
  const session = await askStripe('open a checkout page', () =>
    stripe.client.checkout.sessions.create({
      mode: 'subscription',
      customer,
      line_items: [{ price: plan.stripePriceIds[stripe.mode], quantity: 1 }],
      client_reference_id: organization.id,
      metadata: { tenant_id: organization.id },
      // The subscription's own events then name the organization too.
      subscription_data: { metadata: { tenant_id: organization.id } },
      success_url: `${billingPage}?checkout=success`,
      cancel_url: `${billingPage}?checkout=cancelled`,
    }),
  );
  if (!session.url) throw new AppError('dependency_unavailable', 'Stripe opened a checkout without a page to send you to; try again.');
  return { url: session.url };
}

/** Stripe's billing portal for the organization's customer: card, invoices, plan. */
export async function openBillingPortal(deps: Deps, tenantId: string): Promise<{ url: string }> {
  const stripe = requireStripe(deps.billing);
  const account = await withOrganization(deps.db, tenantId, (tx) => findBillingAccount(tx, tenantId));
  const customer = account.stripeCustomerId;
  if (!customer) throw new AppError('conflict', 'This organization has no billing account yet: subscribe first.');
  const session = await askStripe('open the billing portal', () => stripe.client.billingPortal.sessions.create({ customer, return_url: `${deps.webOrigin}/billing` }));
  return { url: session.url };
}

/**
 * Cancels the subscription at the end of the period it is paid for, or takes that back. The account
 * is updated from the subscription Stripe answers with; its webhook event confirms it later.
 */
export async function setCancelAtPeriodEnd(deps: Deps, tenantId: string, cancel: boolean): Promise<Subscription> {
  const stripe = requireStripe(deps.billing);
  const account = await withOrganization(deps.db, tenantId, (tx) => findBillingAccount(tx, tenantId));
  const subscriptionId = account.stripeSubscriptionId;
  if (!subscriptionId || ENDED_STATUSES.includes(account.subscriptionStatus)) {
    throw new AppError('conflict', `This organization has no subscription to ${cancel ? 'cancel' : 'reactivate'}.`);
  }
  const answer = await askStripe(cancel ? 'cancel the subscription' : 'reactivate the subscription', () =>
    stripe.client.subscriptions.update(subscriptionId, { cancel_at_period_end: cancel }),
  );
  const { plans } = deps.billing.plans;
  return withOrganization(deps.db, tenantId, async (tx) => {
    await storeSubscriptionAnswer(tx, { tenantId, state: subscriptionStateOf(answer, plans) });
    return subscriptionOf(tx, tenantId, plans);
  });
}
