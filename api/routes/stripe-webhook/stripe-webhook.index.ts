import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { receiveStripeEvent } from '../../operations/stripe-webhook.js';
import { stripeWebhookRoute } from './stripe-webhook.routes.js';

export function stripeWebhookRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });

  return app.openapi(stripeWebhookRoute, async (c) => {
    // The signature covers the bytes Stripe sent, so the body is read as text, never parsed first.
    const { outcome, event } = await receiveStripeEvent(deps, { payload: await c.req.text(), signature: c.req.header('stripe-signature') });
    deps.logger.info({ eventId: event.id, type: event.type, outcome }, 'stripe event');
    return c.json({ received: true as const, outcome }, 200);
  });
}
