import path from 'node:path';
import { z } from 'zod';

/** Building blocks of each process's configuration schema. Values come from the environment. */

const port = z.coerce.number().int().min(0).max(65535);
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

export const logFields = {
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `auto`: readable lines on a terminal, JSON otherwise. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
};

export const dataFields = {
  DATA_DIR: z.string().min(1).default('.data'),
};

export const databaseFields = {
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  EMBEDDED_POSTGRES_PORT: port.default(54329),
};

/**
 * Where .ci/run caches tool binaries such as `temporal-<version>`. A field's default cannot see
 * other fields, so read the folder through resolveToolsDir(config), never config.TOOLS_DIR alone.
 */
export const toolsFields = {
  TOOLS_DIR: optionalText,
  XDG_CACHE_HOME: optionalText,
  HOME: optionalText,
};

/** TOOLS_DIR when set, else the XDG cache folder .ci/run uses, from the same source as every other field. */
export function resolveToolsDir(config: { TOOLS_DIR?: string; XDG_CACHE_HOME?: string; HOME?: string }): string | undefined {
  if (config.TOOLS_DIR) return config.TOOLS_DIR;
  const cacheHome = config.XDG_CACHE_HOME ?? (config.HOME ? path.join(config.HOME, '.cache') : undefined);
  return cacheHome ? path.join(cacheHome, 'funeral-voice', 'bin') : undefined;
}

export const temporalFields = {
  TEMPORAL_ADDRESS: optionalText,
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('calls'),
  /** Invoicing runs on a queue of its own, served only by the billing worker (the one process holding the Stripe key). */
  TEMPORAL_BILLING_TASK_QUEUE: z.string().min(1).default('billing'),
  TEMPORAL_CLI_PATH: optionalText,
  TEMPORAL_DEV_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  /** The Temporal UI (the dev server's, or a cluster's), linked from each call; unset: no link. */
  TEMPORAL_UI_URL: optionalText.pipe(z.url().optional()),
  ...toolsFields,
};

/** An identity provider's issuer: https, or plain http only for a provider on this machine (a test fake). */
const oidcIssuer = z
  .url()
  .refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  }, 'must be an https:// URL (http:// only on 127.0.0.1 or localhost)');

/** Where the staff UI is served unless configured: the origin `npm start` uses. */
export const DEFAULT_WEB_ORIGIN = 'http://127.0.0.1:5173';

export const apiFields = {
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port.default(3000),
  /** Origins allowed to send state-changing requests (the staff UI). */
  WEB_ORIGIN: z.url().default(DEFAULT_WEB_ORIGIN),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** How long an emailed invitation to join an organization can be accepted. */
  INVITE_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(72),
  /**
   * `true` only when every request reaches the API through a proxy that sets x-forwarded-for (the
   * staff UI's server does): the header then names the client. Otherwise any caller could write it.
   */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  // Single sign-on: a provider is on only when both its client id and secret are set.
  OIDC_GOOGLE_ISSUER: oidcIssuer.default('https://accounts.google.com'),
  OIDC_GOOGLE_CLIENT_ID: optionalText,
  OIDC_GOOGLE_CLIENT_SECRET: optionalText,
  /** `common` takes work, school and personal accounts; a tenant's own issuer admits only that tenant. */
  OIDC_MICROSOFT_ISSUER: oidcIssuer.default('https://login.microsoftonline.com/common/v2.0'),
  OIDC_MICROSOFT_CLIENT_ID: optionalText,
  OIDC_MICROSOFT_CLIENT_SECRET: optionalText,
  /** Where browsers reach /api for the providers' redirect URIs; unset: WEB_ORIGIN (the UI proxies /api). */
  OIDC_REDIRECT_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
};

export const webFields = {
  WEB_HOST: z.string().min(1).default('127.0.0.1'),
  WEB_PORT: port.default(5173),
};

export const demoFields = {
  DEMO_OWNER_EMAIL: z.email().default('owner@demo.funeral'),
  DEMO_OWNER_PASSWORD: z.string().min(10).default('demo-password-2026'),
};

export const openaiFields = {
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.url().optional()),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
};

/**
 * Billing is off unless a Stripe key is set. STRIPE_API_BASE points the SDK elsewhere than
 * api.stripe.com: stripe-mock in tests and in a local run (`http://127.0.0.1:12111`).
 */
export const stripeFields = {
  STRIPE_SECRET_KEY: optionalText,
  STRIPE_API_BASE: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
};

/** The API's: the secret Stripe signs webhooks with (whsec_…); without it /api/stripe/webhook refuses every event. */
export const stripeWebhookFields = {
  STRIPE_WEBHOOK_SECRET: optionalText,
};

/**
 * The API's Twilio webhook settings: the account's auth token, which signs every request Twilio
 * makes, and the public address Twilio calls us at, which the signature covers. Without both,
 * /twilio/* refuses every request.
 */
export const twilioWebhookFields = {
  TWILIO_AUTH_TOKEN: optionalText,
  PUBLIC_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** Where Twilio streams a call's audio (the voice bridge); unset: wss://<PUBLIC_BASE_URL's host>/twilio/media. */
  VOICE_BRIDGE_URL: optionalText.pipe(z.url({ protocol: /^wss?$/ }).optional()),
};

/**
 * The call worker's Twilio settings for sending texts. Without an account sid and token, texts
 * stay in the sms_outbox table (the local default); with them, each goes through Twilio's
 * Messages API from the Messaging Service, or else from TWILIO_FROM_NUMBER.
 */
export const twilioSendingFields = {
  ...twilioWebhookFields,
  TWILIO_ACCOUNT_SID: optionalText,
  TWILIO_MESSAGING_SERVICE_SID: optionalText,
  TWILIO_FROM_NUMBER: optionalText,
  /** A server speaking Twilio's API instead of api.twilio.com (a test's). Delivery reports go to PUBLIC_BASE_URL/twilio/sms-status. */
  TWILIO_API_BASE: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
};

/** What every process that prices or shows billing reads: the plans, the active one and the usage rates. */
export const billingPlanFields = {
  /** A JSON file of plans (config/subscription-plans.json is the default), so a new price is a file change, not a release. */
  BILLING_PLANS_FILE: z.string().min(1).default('config/subscription-plans.json'),
  /** The plan new subscriptions are made on, by its key in the plans file. */
  BILLING_PLAN: z.string().min(1).default('beta'),
  /** Cents per 1,000 words the voice agent heard and spoke. */
  VOICE_USAGE_PRICE_PER_1000_WORDS: z.coerce.number().int().min(0).default(100),
  /** Cents per call answered. */
  CALL_BASE_PRICE_CENTS: z.coerce.number().int().min(0).default(100),
};
