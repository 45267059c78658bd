import { billingPeriodBounds, type BillingPeriod } from './billing-period.js';
import type { SubscriptionPlan } from './subscription-plans.js';
import { totalCents, usageCharges, type UsageCharge, type UsageRates, type UsageTotals } from './usage-charges.js';

/** A subscription's status as Stripe names it; `none` until the organization has one. */
export const SUBSCRIPTION_STATUSES = ['none', 'incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** A subscription in one of these can never be charged again: a new one may take its place. */
export const ENDED_STATUSES: readonly SubscriptionStatus[] = ['canceled', 'incomplete_expired'];

/** The subscription is charged each month (or is about to be): a second one would charge twice. */
const BILLED_STATUSES: readonly SubscriptionStatus[] = ['active', 'trialing', 'past_due', 'unpaid'];

/** What Stripe says when it could not take the money; `incomplete` is a first payment that has not gone through. */
const UNPAID_STATUSES: readonly SubscriptionStatus[] = ['past_due', 'unpaid', 'incomplete'];

export const isBilledSubscription = (status: SubscriptionStatus): boolean => BILLED_STATUSES.includes(status);

/**
 * Whether staff should be told that a payment needs them: the subscription is unpaid, or a payment
 * failed after the last invoice that was paid. Calls are answered whatever this says.
 */
export function hasPaymentProblem(standing: { status: SubscriptionStatus; lastPaymentFailedAt: Date | null; lastPaidAt: Date | null }): boolean {
  if (UNPAID_STATUSES.includes(standing.status)) return true;
  if (!standing.lastPaymentFailedAt) return false;
  return !standing.lastPaidAt || standing.lastPaymentFailedAt > standing.lastPaidAt;
}

export type DayUsage = { date: string; calls: number; voiceWords: number };

/**
 * Each UTC day of the period from its first through `through` (the whole period once it is over),
 * with what was used on it; days without usage are there with zeros, so a chart has no gaps.
 */
export function usageByDay(period: BillingPeriod, through: Date, rows: ReadonlyArray<{ day: string; metric: 'calls' | 'voice_words'; quantity: number }>): DayUsage[] {
  const { start, end } = billingPeriodBounds(period);
  const last = Math.min(end.getTime() - 1, through.getTime());
  const days: DayUsage[] = [];
  for (let day = start.getTime(); day <= last; day += 86_400_000) {
    const date = new Date(day).toISOString().slice(0, 10);
    const sum = (metric: 'calls' | 'voice_words') => rows.filter((row) => row.day === date && row.metric === metric).reduce((total, row) => total + row.quantity, 0);
    days.push({ date, calls: sum('calls'), voiceWords: sum('voice_words') });
  }
  return days;
}

export type PeriodEstimate = {
  currency: string;
  subscriptionCents: number;
  usage: UsageCharge[];
  /** Zero for an exempt (demo) organization, whatever it used. */
  totalCents: number;
};

/**
 * What the period will cost so far: the plan's monthly price while the subscription is billed, plus
 * the usage lines the monthly invoice will carry, priced as that invoice prices them.
 */
export function estimatePeriod(input: { plan: SubscriptionPlan | null; status: SubscriptionStatus; usage: UsageTotals; rates: UsageRates; exempt: boolean; currency: string }): PeriodEstimate {
  const subscriptionCents = input.plan && isBilledSubscription(input.status) ? input.plan.monthlyCents : 0;
  const usage = usageCharges(input.usage, input.rates);
  return { currency: input.plan?.currency ?? input.currency, subscriptionCents, usage, totalCents: input.exempt ? 0 : subscriptionCents + totalCents(usage) };
}
