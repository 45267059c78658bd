import type { Client } from '@temporalio/client';
import type Stripe from 'stripe';
import type { EmailSender } from '../activities/email/email-sender.js';
import type { BillingPlans } from '../config/billing-plans.js';
import type { Logger } from '../config/logger.js';
import type { Database } from '../db/database.js';
import type { PracticeCalls } from './ports/practice-calls.js';
import type { OidcProvider } from './operations/oidc-providers.js';

/** What the HTTP layer needs from the outside world; tests build it from real parts. */
export type AppDeps = {
  db: Database;
  temporal: Client;
  logger: Logger;
  email: EmailSender;
  taskQueue: string;
  allowedOrigins: string[];
  /** The staff UI, where the links in invitation and password reset emails lead. */
  webOrigin: string;
  sessionTtlHours: number;
  inviteTtlHours: number;
  cookieSecure: boolean;
  /** Whether x-forwarded-for names the client (TRUST_PROXY); see api/middleware/client-address.ts. */
  trustProxy: boolean;
  /** Google and Microsoft sign-in as configured (OIDC_* variables); empty: password sign-in only. */
  oidcProviders: OidcProvider[];
  /** "Simulate a call": the offline agent answering lines staff type. */
  practiceCalls: PracticeCalls;
  /** The Temporal UI, for a link from each call to its workflow; null when there is none to link to. */
  temporalUiUrl: string | null;
  temporalNamespace: string;
  billing: BillingDeps;
  /** Null: /twilio/* refuses every request (503), so Twilio retries until it is configured. */
  twilio: TwilioWebhookDeps | null;
};

/** `voiceBridgeUrl`: the wss:// address TwiML tells Twilio to stream a call's audio to. */
export type TwilioWebhookDeps = { authToken: string; publicBaseUrl: string; voiceBridgeUrl: string };

/** Billing as configured: the plans always, Stripe only when a key is set. */
export type BillingDeps = {
  /** Null when billing is off (no STRIPE_SECRET_KEY): the billing page still shows usage, and changes answer 503. */
  stripe: { client: Stripe; mode: 'test' | 'live' } | null;
  /** Null: /api/stripe/webhook refuses every event (503), so Stripe keeps them until it is set. */
  webhookSecret: string | null;
  plans: BillingPlans;
};
