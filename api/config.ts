import { z } from 'zod';
import { createStripeClient, type StripeConfig } from '../billing/stripe-client.js';
import { loadBillingPlans } from '../config/billing-plans.js';
import { apiFields, billingPlanFields, logFields, stripeFields, stripeWebhookFields, temporalFields, twilioWebhookFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';
import { stripeModeOf } from '../domain/billing/subscription-plans.js';
import type { BillingDeps, TwilioWebhookDeps } from './app-deps.js';
import { OIDC_PROVIDER_LABELS, oidcRedirectUri, type OidcProvider, type OidcProviderId } from './operations/oidc-providers.js';

const OIDC_VARIABLES = {
  google: { issuer: 'OIDC_GOOGLE_ISSUER', clientId: 'OIDC_GOOGLE_CLIENT_ID', clientSecret: 'OIDC_GOOGLE_CLIENT_SECRET' },
  microsoft: { issuer: 'OIDC_MICROSOFT_ISSUER', clientId: 'OIDC_MICROSOFT_CLIENT_ID', clientSecret: 'OIDC_MICROSOFT_CLIENT_SECRET' },
} as const satisfies Record<OidcProviderId, Record<'issuer' | 'clientId' | 'clientSecret', keyof typeof apiFields>>;

export const apiConfigSchema = z
  .object({
    ...logFields,
    ...apiFields,
    ...temporalFields,
    ...stripeFields,
    ...stripeWebhookFields,
    ...twilioWebhookFields,
    ...billingPlanFields,
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
    TEMPORAL_ADDRESS: z.string().min(1),
  })
  .superRefine((config, ctx) => {
    // Half a client is a typo, not a choice to leave the provider off: say so instead of starting without it.
    for (const { clientId, clientSecret } of Object.values(OIDC_VARIABLES)) {
      if (Boolean(config[clientId]) === Boolean(config[clientSecret])) continue;
      const [missing, present] = config[clientId] ? [clientSecret, clientId] : [clientId, clientSecret];
      ctx.addIssue({ code: 'custom', path: [missing], message: `must be set together with ${present} (or both left unset)` });
    }
  });
export type ApiConfig = z.infer<typeof apiConfigSchema>;

export const loadApiConfig = (): ApiConfig => loadConfig(apiConfigSchema);

/** The providers this deployment signs in with: those whose client id and secret are both set. */
export function oidcProvidersFrom(config: ApiConfig): OidcProvider[] {
  const base = config.OIDC_REDIRECT_BASE_URL ?? config.WEB_ORIGIN;
  return Object.entries(OIDC_VARIABLES).flatMap(([key, variables]) => {
    const id = key as OidcProviderId;
    const clientId = config[variables.clientId];
    const clientSecret = config[variables.clientSecret];
    if (!clientId || !clientSecret) return [];
    return [{ id, label: OIDC_PROVIDER_LABELS[id], issuer: config[variables.issuer], clientId, clientSecret, redirectUri: oidcRedirectUri(base, id) }];
  });
}

type BillingConfig = StripeConfig & Partial<Pick<ApiConfig, 'STRIPE_WEBHOOK_SECRET'>> & Pick<ApiConfig, keyof typeof billingPlanFields>;

/** Billing as this deployment configures it; the plans file is read (and checked) here, once. */
export function billingFrom(config: BillingConfig): BillingDeps {
  const client = createStripeClient(config);
  return {
    stripe: client && config.STRIPE_SECRET_KEY ? { client, mode: stripeModeOf(config.STRIPE_SECRET_KEY) } : null,
    webhookSecret: config.STRIPE_WEBHOOK_SECRET ?? null,
    plans: loadBillingPlans(config),
  };
}

/** Twilio's webhooks as configured: both the token and the public address, or neither. */
export function twilioFrom(config: Pick<ApiConfig, 'TWILIO_AUTH_TOKEN' | 'PUBLIC_BASE_URL' | 'VOICE_BRIDGE_URL'>): TwilioWebhookDeps | null {
  if (!config.TWILIO_AUTH_TOKEN || !config.PUBLIC_BASE_URL) return null;
  const publicBaseUrl = config.PUBLIC_BASE_URL.replace(/\/$/, '');
  const bridge = new URL('/twilio/media', publicBaseUrl.replace(/^http/, 'ws'));
  return { authToken: config.TWILIO_AUTH_TOKEN, publicBaseUrl, voiceBridgeUrl: config.VOICE_BRIDGE_URL ?? bridge.toString() };
}
