import { z } from 'zod';
import { billingPlanFields, logFields, stripeFields, temporalFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';

/** The billing worker's own configuration: the only process that reads STRIPE_SECRET_KEY besides the API. */
export const billingWorkerConfigSchema = z.object({
  ...logFields,
  ...temporalFields,
  ...stripeFields,
  ...billingPlanFields,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  TEMPORAL_ADDRESS: z.string().min(1),
  STRIPE_SECRET_KEY: z.string().trim().min(1, 'the billing worker reports usage to Stripe and needs its key'),
});
export type BillingWorkerConfig = z.infer<typeof billingWorkerConfigSchema>;

export const loadBillingWorkerConfig = (): BillingWorkerConfig => loadConfig(billingWorkerConfigSchema);
