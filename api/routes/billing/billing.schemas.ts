import { z } from '@hono/zod-openapi';
import type { SubscriptionPlan } from '../../../domain/billing/subscription-plans.js';
import { SUBSCRIPTION_STATUSES } from '../../../domain/billing/subscription-standing.js';
import type { StripeInvoice } from '../../../db/queries/stripe-invoices.js';
import type { UsageInvoiceEntry } from '../../../db/queries/usage-invoices.js';
import type { BillingOverview, Subscription } from '../../operations/billing.js';

const cents = z.number().int();
const instant = z.string().openapi({ format: 'date-time' });

export const subscriptionPlanSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    description: z.string(),
    monthlyCents: cents,
    currency: z.string().openapi({ example: 'usd' }),
    active: z.boolean().openapi({ description: 'The plan a new subscription is made on' }),
  })
  .openapi('SubscriptionPlan');

export const subscriptionSchema = z
  .object({
    status: z.enum(SUBSCRIPTION_STATUSES).openapi({ description: "Stripe's status of the subscription; `none` before the first" }),
    plan: z.object({ key: z.string(), name: z.string(), monthlyCents: cents, currency: z.string() }).nullable().openapi({ description: 'Null without a subscription, or on a price the plans file does not list' }),
    cancelAtPeriodEnd: z.boolean(),
    currentPeriodEnd: instant.nullable(),
    lastPaymentFailedAt: instant.nullable(),
    paymentProblem: z.boolean().openapi({ description: 'A payment needs attention: the subscription is unpaid, or a payment failed after the last paid invoice' }),
  })
  .openapi('Subscription');

const usageChargeSchema = z.object({ metric: z.enum(['calls', 'voice_words']), quantity: z.number().int(), amountCents: cents, description: z.string() });

const stripeInvoiceSchema = z
  .object({
    id: z.string(),
    number: z.string().nullable(),
    status: z.string(),
    amountDueCents: cents,
    amountPaidCents: cents,
    currency: z.string(),
    hostedInvoiceUrl: z.string().nullable().openapi({ description: "Stripe's page of the invoice, to read or pay it" }),
    periodStart: instant.nullable(),
    periodEnd: instant.nullable(),
    createdAt: instant,
  })
  .openapi('StripeInvoice');

const usageInvoiceSchema = z
  .object({
    period: z.string().openapi({ example: '2026-11' }),
    outcome: z.enum(['reported', 'exempt', 'nothing_used']),
    calls: z.number().int(),
    voiceWords: z.number().int(),
    amountCents: cents,
    currency: z.string(),
    recordedAt: instant,
  })
  .openapi('UsageInvoice');

export const billingOverviewSchema = z
  .object({
    configured: z.boolean().openapi({ description: 'False when this server has no Stripe key: usage is shown, subscriptions cannot be changed' }),
    exempt: z.boolean().openapi({ description: 'A demo organization, which is never charged' }),
    subscription: subscriptionSchema,
    period: z.object({ key: z.string().openapi({ example: '2026-12' }), start: instant, end: instant }).openapi({ description: 'The current billing period, a calendar month in UTC' }),
    usageByDay: z.array(z.object({ date: z.string().openapi({ format: 'date' }), calls: z.number().int(), voiceWords: z.number().int() })).openapi({ description: 'Each UTC day of the period so far' }),
    estimate: z
      .object({ currency: z.string(), subscriptionCents: cents, usage: z.array(usageChargeSchema), totalCents: cents.openapi({ description: 'Zero for an exempt organization' }) })
      .openapi({ description: 'What the period costs so far' }),
    invoices: z.array(stripeInvoiceSchema).openapi({ description: "Stripe's invoices, newest first" }),
    usageInvoices: z.array(usageInvoiceSchema).openapi({ description: 'What each monthly run reported, the latest period first' }),
  })
  .openapi('BillingOverview');

export const redirectSchema = z.object({ url: z.string().openapi({ description: "Stripe's page to send the browser to" }) }).openapi('BillingRedirect');

export const billingNoticeSchema = z
  .object({ paymentProblem: z.boolean().openapi({ description: 'Show the banner that a payment needs attention; calls are answered regardless' }) })
  .openapi('BillingNotice');

export const toPlanBody = (plan: SubscriptionPlan, active: SubscriptionPlan) => ({
  key: plan.key,
  name: plan.name,
  description: plan.description,
  monthlyCents: plan.monthlyCents,
  currency: plan.currency,
  active: plan.key === active.key,
});

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const toSubscriptionBody = (subscription: Subscription) => ({
  status: subscription.subscriptionStatus,
  plan: subscription.plan && { key: subscription.plan.key, name: subscription.plan.name, monthlyCents: subscription.plan.monthlyCents, currency: subscription.plan.currency },
  cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
  currentPeriodEnd: iso(subscription.currentPeriodEnd),
  lastPaymentFailedAt: iso(subscription.lastPaymentFailedAt),
  paymentProblem: subscription.paymentProblem,
});

const toInvoiceBody = (invoice: StripeInvoice) => ({
  id: invoice.stripeInvoiceId,
  number: invoice.number,
  status: invoice.status,
  amountDueCents: invoice.amountDueCents,
  amountPaidCents: invoice.amountPaidCents,
  currency: invoice.currency,
  hostedInvoiceUrl: invoice.hostedInvoiceUrl,
  periodStart: iso(invoice.periodStart),
  periodEnd: iso(invoice.periodEnd),
  createdAt: invoice.stripeCreatedAt.toISOString(),
});

const toUsageInvoiceBody = (entry: UsageInvoiceEntry) => ({ ...entry, recordedAt: entry.recordedAt.toISOString() });

export const toOverviewBody = (overview: BillingOverview) => ({
  configured: overview.configured,
  exempt: overview.exempt,
  subscription: toSubscriptionBody(overview.subscription),
  period: { key: overview.period.key, start: overview.period.start.toISOString(), end: overview.period.end.toISOString() },
  usageByDay: overview.usageByDay,
  estimate: overview.estimate,
  invoices: overview.invoices.map(toInvoiceBody),
  usageInvoices: overview.usageInvoices.map(toUsageInvoiceBody),
});
