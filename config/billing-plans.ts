import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/app-error.js';
import { planByKey, subscriptionPlansSchema, type SubscriptionPlan } from '../domain/billing/subscription-plans.js';
import type { UsageRates } from '../domain/billing/usage-charges.js';

export type BillingPlans = {
  plans: SubscriptionPlan[];
  /** The plan new subscriptions are made on. */
  active: SubscriptionPlan;
  rates: UsageRates;
};

type PlanConfig = { BILLING_PLANS_FILE: string; BILLING_PLAN: string; VOICE_USAGE_PRICE_PER_1000_WORDS: number; CALL_BASE_PRICE_CENTS: number };

/** Reads and checks the plans file once, at start-up: a bad file or an unknown active plan stops the process with one sentence. */
export function loadBillingPlans(config: PlanConfig): BillingPlans {
  const file = path.resolve(config.BILLING_PLANS_FILE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('invalid_config', `BILLING_PLANS_FILE ${file} could not be read as JSON: ${(error as Error).message}`);
  }
  const result = subscriptionPlansSchema.safeParse(parsed);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }));
    throw new AppError('invalid_config', `BILLING_PLANS_FILE ${file}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
  }
  const active = planByKey(result.data.plans, config.BILLING_PLAN);
  if (!active) {
    throw new AppError('invalid_config', `BILLING_PLAN is "${config.BILLING_PLAN}", which ${file} does not list (it lists ${result.data.plans.map((plan) => plan.key).join(', ')}).`);
  }
  return {
    plans: result.data.plans,
    active,
    rates: { callCents: config.CALL_BASE_PRICE_CENTS, centsPer1000VoiceWords: config.VOICE_USAGE_PRICE_PER_1000_WORDS },
  };
}
