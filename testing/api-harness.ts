import { inject } from 'vitest';
import { z } from 'zod';
import { createOutboxEmailSender } from '../activities/email/outbox-email-sender.js';
import type { TwilioSmsConfig } from '../activities/sms/twilio-sms-sender.js';
import type { AppDeps } from '../api/app-deps.js';
import { billingFrom } from '../api/config.js';
import { billingPlanFields } from '../config/env-fields.js';
import type { OidcProvider } from '../api/operations/oidc-providers.js';
import { createApp } from '../api/app.js';
import { createPracticeCalls } from '../simulation/practice-calls.js';
import { startWorkerHarness } from './worker-harness.js';

export const TEST_ORIGIN = 'http://127.0.0.1:5173';

/** What the harness's Stripe signs webhooks with; tests sign their payloads with it. */
export const TEST_STRIPE_WEBHOOK_SECRET = 'whsec_test_harness';
/** What the harness's API checks Twilio's signatures with, and the address Twilio is told to call. */
export const TEST_TWILIO_AUTH_TOKEN = 'twilio-test-auth-token';
export const TEST_PUBLIC_BASE_URL = 'https://voice.example.test';
export const TEST_VOICE_BRIDGE_URL = 'wss://voice.example.test/twilio/media';

/**
 * Billing as a deployment with Stripe has it, against the run's stripe-mock (or `stripeApiBase`, a
 * proxy in front of it); `off`: no Stripe key and no webhook secret, as in a deployment without billing.
 */
function testBilling(mode: 'on' | 'off', stripeApiBase: string) {
  const plans = z.object(billingPlanFields).parse({});
  if (mode === 'off') return billingFrom(plans);
  return billingFrom({ ...plans, STRIPE_SECRET_KEY: 'sk_test_harness', STRIPE_API_BASE: stripeApiBase, STRIPE_WEBHOOK_SECRET: TEST_STRIPE_WEBHOOK_SECRET });
}

/**
 * The API wired to real parts: its own copy of the migrated database, the run's Temporal server,
 * and a worker on a task queue of its own running the real workflows and activities.
 */
export async function startApiHarness(
  options: { worker?: boolean; timeSkipping?: boolean; oidcProviders?: OidcProvider[]; billing?: 'on' | 'off'; stripeApiBase?: string; twilio?: TwilioSmsConfig } = {},
) {
  const harness = await startWorkerHarness(options);
  const deps: AppDeps = {
    db: harness.db,
    temporal: harness.temporal,
    logger: harness.logger,
    email: createOutboxEmailSender(harness.db),
    taskQueue: harness.taskQueue,
    allowedOrigins: [TEST_ORIGIN],
    webOrigin: TEST_ORIGIN,
    sessionTtlHours: 1,
    inviteTtlHours: 72,
    cookieSecure: false,
    trustProxy: false,
    oidcProviders: options.oidcProviders ?? [],
    practiceCalls: createPracticeCalls({ temporal: harness.temporal, taskQueue: harness.taskQueue }),
    temporalUiUrl: 'http://127.0.0.1:8233',
    temporalNamespace: 'default',
    billing: testBilling(options.billing ?? 'on', options.stripeApiBase ?? inject('stripeApiBase')),
    twilio: { authToken: TEST_TWILIO_AUTH_TOKEN, publicBaseUrl: TEST_PUBLIC_BASE_URL, voiceBridgeUrl: TEST_VOICE_BRIDGE_URL },
  };
  // `deps` lets a test build a variant of the app (another database, a trusted proxy) on the same parts.
  return { ...harness, deps, app: createApp(deps) };
}

/** Signs in through the real login route and returns what a browser would hold. */
export async function signIn(app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> }, email: string, password: string) {
  const response = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign in failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const body = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken: body.csrfToken };
}
