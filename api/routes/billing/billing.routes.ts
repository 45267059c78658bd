import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../route-access.js';
import { errorContent, jsonContent } from '../../route-responses.js';
import { billingOverviewSchema, redirectSchema, subscriptionPlanSchema, subscriptionSchema } from './billing.schemas.js';

export const listPlansRoute = defineRoute('read_only', {
  method: 'get',
  path: '/api/billing/subscription-plans',
  tags: ['billing'],
  summary: 'The plans an organization can subscribe to, and which one new subscriptions are made on',
  responses: { 200: { description: 'Plans, as configured', content: jsonContent(z.object({ plans: z.array(subscriptionPlanSchema) })) } },
});

export const getBillingRoute = defineRoute('admin', {
  method: 'get',
  path: '/api/billing',
  tags: ['billing'],
  summary: "The organization's subscription, this month's usage by day and estimate, and its invoices",
  responses: { 200: { description: 'Billing, also when this server has no Stripe key (then `configured` is false)', content: jsonContent(billingOverviewSchema) } },
});

/** A route that changes the subscription through Stripe; each answers 409 when there is nothing to change and 503 without Stripe. */
function subscriptionChange<const P extends string, const S extends z.ZodType>(path: P, summary: string, answer: { description: string; schema: S }, conflict: string) {
  return defineRoute('admin', {
    method: 'post',
    path,
    tags: ['billing'],
    summary,
    responses: {
      200: { description: answer.description, content: jsonContent(answer.schema) },
      409: { description: conflict, content: errorContent },
      503: { description: 'Billing is not configured on this server, or Stripe did not answer', content: errorContent },
    },
  });
}

const redirect = { description: 'Send the browser to the URL', schema: redirectSchema };
const changed = { description: 'The subscription as Stripe now has it', schema: subscriptionSchema };

export const checkoutRoute = subscriptionChange('/api/billing/checkout', 'Open a Stripe Checkout page that subscribes the organization to the active plan', redirect, 'Already subscribed, or a demo organization');

export const portalRoute = subscriptionChange('/api/billing/portal', "Open Stripe's billing portal for the organization: card, invoices, plan", redirect, 'No billing account yet');

export const cancelRoute = subscriptionChange('/api/billing/cancel', 'Cancel the subscription at the end of the period already paid for', changed, 'No subscription to cancel');

export const reactivateRoute = subscriptionChange('/api/billing/reactivate', 'Keep a subscription that was set to cancel at the end of its period', changed, 'No subscription to reactivate');
