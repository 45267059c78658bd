import { z } from 'zod';

/** One plan an organization can subscribe to, as the plans file (config/subscription-plans.json) states it. */
export const subscriptionPlanSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'a plan key is lower-case letters, digits, - or _'),
  name: z.string().min(1),
  description: z.string().min(1),
  monthlyCents: z.number().int().min(0),
  currency: z.string().regex(/^[a-z]{3}$/).default('usd'),
  /** The Stripe price of the subscription, in Stripe's test mode and in live mode. */
  stripePriceIds: z.object({ test: z.string().startsWith('price_'), live: z.string().startsWith('price_') }),
});
export type SubscriptionPlan = z.infer<typeof subscriptionPlanSchema>;

export const subscriptionPlansSchema = z
  .object({ plans: z.array(subscriptionPlanSchema).min(1) })
  .refine((file) => new Set(file.plans.map((plan) => plan.key)).size === file.plans.length, 'two plans share a key');

/** The plan with this key, or null. */
export const planByKey = (plans: readonly SubscriptionPlan[], key: string): SubscriptionPlan | null => plans.find((plan) => plan.key === key) ?? null;

/** Which of a plan's Stripe prices a key works with: live keys start sk_live_ or rk_live_. */
export const stripeModeOf = (secretKey: string): 'test' | 'live' => (/^(sk|rk)_live_/.test(secretKey) ? 'live' : 'test');
