import Stripe from 'stripe';
import { z } from 'zod';
import { idOf, stripeInvoiceOf, subscriptionStateOf } from '../../billing/stripe-state.js';
import { AppError } from '../../domain/app-error.js';
import { paymentFailedEmail } from '../../domain/billing/emails.js';
import type { Tx } from '../../db/executor.js';
import { withOrganization } from '../../db/organization-scope.js';
import {
  findBillingAccount,
  findTenantByStripeCustomer,
  recordPaymentFailure,
  storeCheckedOutSubscription,
  storeSubscriptionEvent,
} from '../../db/queries/billing-accounts.js';
import { claimStripeEvent } from '../../db/queries/stripe-events.js';
import { mirrorStripeInvoice } from '../../db/queries/stripe-invoices.js';
import { findTenant, getTenant } from '../../db/queries/tenants.js';
import { listMembers } from '../../db/queries/users.js';
import type { AppDeps } from '../app-deps.js';

type Deps = Pick<AppDeps, 'db' | 'email' | 'logger' | 'billing' | 'webOrigin'>;

/** What became of an event: every one of them is acknowledged, so Stripe stops sending it. */
export type WebhookOutcome = 'applied' | 'superseded' | 'duplicate' | 'ignored' | 'unmatched';

/**
 * Checks the event is Stripe's (the signature over the raw body, with the endpoint's secret) and
 * applies it once. A bad or missing signature is logged without the header or the secret.
 */
export async function receiveStripeEvent(deps: Deps, input: { payload: string; signature: string | undefined }): Promise<{ outcome: WebhookOutcome; event: Stripe.Event }> {
  const secret = deps.billing.webhookSecret;
  if (!secret) throw new AppError('dependency_unavailable', 'Stripe webhooks are not configured on this server (STRIPE_WEBHOOK_SECRET is not set).');
  let event: Stripe.Event;
  try {
    if (!input.signature) throw new Error('no Stripe-Signature header');
    event = Stripe.webhooks.constructEvent(input.payload, input.signature, secret);
  } catch (error) {
    deps.logger.warn({ reason: (error as Error).message }, 'stripe webhook refused: signature does not verify');
    throw new AppError('invalid_input', 'The Stripe-Signature header is missing or does not match this payload.');
  }
  return { outcome: await applyStripeEvent(deps, event), event };
}

function applyStripeEvent(deps: Deps, event: Stripe.Event): Promise<WebhookOutcome> {
  switch (event.type) {
    case 'checkout.session.completed':
      return onCheckoutCompleted(deps, event);
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return onSubscriptionChanged(deps, event);
    case 'invoice.paid':
    case 'invoice.payment_failed':
      return onInvoice(deps, event);
    default:
      return Promise.resolve('ignored');
  }
}

const createdAt = (event: Stripe.Event) => new Date(event.created * 1000);

/**
 * The organization an event is about: the one whose billing account holds its customer, else the
 * one its metadata (ours, set at checkout) names, if that one has no other customer already.
 */
async function organizationOf(deps: Deps, customerId: string | null, namedId: string | null | undefined): Promise<string | null> {
  const byCustomer = customerId ? await findTenantByStripeCustomer(deps.db, customerId) : null;
  if (byCustomer) return byCustomer;
  if (!namedId || !z.uuid().safeParse(namedId).success) return null;
  return withOrganization(deps.db, namedId, async (tx) => {
    if (!(await findTenant(tx, namedId))) return null;
    const account = await findBillingAccount(tx, namedId);
    return account.stripeCustomerId === null || account.stripeCustomerId === customerId ? namedId : null;
  });
}

/**
 * Applies the event to its organization in one transaction with the record that it was handled,
 * so a redelivery finds it done and an effect is never half kept.
 */
async function applyOnce(deps: Deps, event: Stripe.Event, found: { customerId: string | null; namedId?: string | null }, effect: (tx: Tx, tenantId: string) => Promise<boolean>): Promise<WebhookOutcome> {
  const tenantId = await organizationOf(deps, found.customerId, found.namedId);
  if (!tenantId) {
    deps.logger.warn({ eventId: event.id, type: event.type, customerId: found.customerId }, 'stripe event names no organization of ours; acknowledged and ignored');
    return 'unmatched';
  }
  return withOrganization(deps.db, tenantId, async (tx) => {
    if (!(await claimStripeEvent(tx, { id: event.id, type: event.type, createdAt: createdAt(event) }))) return 'duplicate';
    return (await effect(tx, tenantId)) ? 'applied' : 'superseded';
  });
}

function onCheckoutCompleted(deps: Deps, event: Stripe.CheckoutSessionCompletedEvent): Promise<WebhookOutcome> {
  const session = event.data.object;
  const customerId = idOf(session.customer);
  const subscriptionId = idOf(session.subscription);
  if (session.mode !== 'subscription' || !customerId || !subscriptionId) return Promise.resolve('ignored');
  return applyOnce(deps, event, { customerId, namedId: session.client_reference_id ?? session.metadata?.tenant_id }, async (tx, tenantId) => {
    await storeCheckedOutSubscription(tx, { tenantId, customerId, subscriptionId });
    return true;
  });
}

function onSubscriptionChanged(
  deps: Deps,
  event: Stripe.CustomerSubscriptionCreatedEvent | Stripe.CustomerSubscriptionUpdatedEvent | Stripe.CustomerSubscriptionDeletedEvent,
): Promise<WebhookOutcome> {
  const subscription = event.data.object;
  const customerId = idOf(subscription.customer);
  if (!customerId) return Promise.resolve('ignored');
  const state = subscriptionStateOf(subscription, deps.billing.plans.plans);
  return applyOnce(deps, event, { customerId, namedId: subscription.metadata?.tenant_id }, (tx, tenantId) =>
    storeSubscriptionEvent(tx, { tenantId, customerId, state, at: createdAt(event), winsTies: event.type !== 'customer.subscription.created' }),
  );
}

function onInvoice(deps: Deps, event: Stripe.InvoicePaidEvent | Stripe.InvoicePaymentFailedEvent): Promise<WebhookOutcome> {
  const invoice = event.data.object;
  const at = createdAt(event);
  return applyOnce(deps, event, { customerId: idOf(invoice.customer), namedId: invoice.parent?.subscription_details?.metadata?.tenant_id }, async (tx, tenantId) => {
    const mirrored = await mirrorStripeInvoice(tx, stripeInvoiceOf(invoice, tenantId), at);
    // A failure that a later event has already overtaken (the invoice was paid since) needs no one.
    if (mirrored && event.type === 'invoice.payment_failed') {
      await recordPaymentFailure(tx, { tenantId, at });
      await tellOwnersPaymentFailed(deps, tx, { tenantId, eventId: event.id, invoice });
    }
    return mirrored;
  });
}

/**
 * One email per owner per event. Sent before the transaction commits: should the commit fail,
 * Stripe delivers the event again and the email's key keeps the second one from being queued.
 */
async function tellOwnersPaymentFailed(deps: Deps, tx: Tx, input: { tenantId: string; eventId: string; invoice: Stripe.Invoice }): Promise<void> {
  const [tenant, members] = await Promise.all([getTenant(tx, input.tenantId), listMembers(tx, input.tenantId)]);
  const text = paymentFailedEmail({
    organizationName: tenant.name,
    amountDueCents: input.invoice.amount_due,
    currency: input.invoice.currency,
    invoiceUrl: input.invoice.hosted_invoice_url ?? null,
    billingLink: `${deps.webOrigin}/billing`,
  });
  for (const owner of members.filter((member) => member.role === 'owner')) {
    await deps.email.send({ tenantId: input.tenantId, to: owner.email, ...text, purpose: 'payment_failed', idempotencyKey: `payment_failed:${input.eventId}:${owner.userId}` });
  }
}
