import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../route-access.js';
import { errorContent, jsonContent } from '../../route-responses.js';

const receivedSchema = z
  .object({
    received: z.literal(true),
    outcome: z.enum(['applied', 'superseded', 'duplicate', 'ignored', 'unmatched']).openapi({
      description: 'applied; superseded (a newer event already said more); duplicate (handled before); ignored (a type we do not handle); unmatched (no organization of ours)',
    }),
  })
  .openapi('StripeWebhookReceived');

// Public: Stripe has no session. The signature over the raw body is what admits an event.
export const stripeWebhookRoute = defineRoute('public', {
  method: 'post',
  path: '/api/stripe/webhook',
  tags: ['billing'],
  summary: "Stripe's events about subscriptions, checkouts and invoices, signed with the endpoint's secret (Stripe-Signature header)",
  responses: {
    200: { description: 'Acknowledged; each event takes effect once, and an older one never overwrites a newer state', content: jsonContent(receivedSchema) },
    400: { description: 'Missing or wrong signature', content: errorContent },
    503: { description: 'No webhook secret configured; Stripe retries later', content: errorContent },
  },
});
