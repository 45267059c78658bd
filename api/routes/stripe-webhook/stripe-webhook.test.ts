import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { signedInMember, clientFor } from '../../../testing/api-client.js';
import { signIn, startApiHarness, TEST_STRIPE_WEBHOOK_SECRET } from '../../../testing/api-harness.js';
import { emailsTo } from '../../../testing/email-outbox.js';
import { jsonOf } from '../../../testing/json-body.js';
import { addMember } from '../../../testing/organizations.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
});
afterAll(() => harness.stop());

const newId = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`;
const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

type TestEvent = { id: string; type: string; created: number; object: Record<string, unknown> };

function event(type: string, created: string, object: Record<string, unknown>, id = newId('evt')): TestEvent {
  return { id, type, created: seconds(created), object };
}

/** Posts an event as Stripe does: the JSON body, signed with the endpoint's secret (or another). */
async function deliver(sent: TestEvent, options: { secret?: string; signature?: string | null; app?: { request: typeof harness.app.request } } = {}) {
  const payload = JSON.stringify({ id: sent.id, object: 'event', api_version: '2026-10-28.endive', type: sent.type, created: sent.created, livemode: false, data: { object: sent.object } });
  const signature = options.signature === undefined ? Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? TEST_STRIPE_WEBHOOK_SECRET }) : options.signature;
  return (options.app ?? harness.app).request('/api/stripe/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'stripe-signature': signature }) },
    body: payload,
  });
}

async function outcomeOf(sent: TestEvent, options?: Parameters<typeof deliver>[1]): Promise<string> {
  const response = await deliver(sent, options);
  expect(response.status).toBe(200);
  return (await jsonOf(response)).outcome;
}

/** An organization with an owner and a Stripe customer of its own, as checkout leaves it. */
async function customerOrganization() {
  const owner = await signedInMember(harness, { role: 'owner', name: `Webhook Chapel ${randomBytes(3).toString('hex')}` });
  const customerId = newId('cus');
  await harness.db.insertInto('billing_accounts').values({ tenant_id: owner.member.tenant.id, stripe_customer_id: customerId }).execute();
  return { ...owner, tenantId: owner.member.tenant.id, customerId };
}

function subscription(customerId: string, fields: { id: string; status?: string; cancelAtPeriodEnd?: boolean; price?: string; periodEnd?: string }) {
  return {
    id: fields.id,
    object: 'subscription',
    customer: customerId,
    status: fields.status ?? 'active',
    cancel_at_period_end: fields.cancelAtPeriodEnd ?? false,
    metadata: {},
    items: { object: 'list', data: [{ id: newId('si'), price: { id: fields.price ?? 'price_beta_monthly_test' }, current_period_end: seconds(fields.periodEnd ?? '2027-01-01T00:00:00Z') }] },
  };
}

function invoice(customerId: string, fields: { id: string; status: string; paid?: number }) {
  return {
    id: fields.id,
    object: 'invoice',
    customer: customerId,
    number: `INV-${fields.id.slice(-4)}`,
    status: fields.status,
    amount_due: 10_250,
    amount_paid: fields.paid ?? 0,
    currency: 'usd',
    hosted_invoice_url: `https://invoice.stripe.com/i/${fields.id}`,
    period_start: seconds('2026-11-01T00:00:00Z'),
    period_end: seconds('2026-12-01T00:00:00Z'),
    created: seconds('2026-12-01T01:00:00Z'),
    parent: null,
  };
}

const account = (tenantId: string) => harness.db.selectFrom('billing_accounts').selectAll().where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
const storedEvents = (id: string) => harness.db.selectFrom('stripe_events').selectAll().where('id', '=', id).execute();

describe('the signature', () => {
  it('refuses a forged, missing or tampered signature with 400, storing nothing', async () => {
    const org = await customerOrganization();
    const forged = event('customer.subscription.updated', '2026-12-01T10:00:00Z', subscription(org.customerId, { id: newId('sub'), status: 'past_due' }));
    const refusals = [
      await deliver(forged, { secret: 'whsec_someone_else' }),
      await deliver(forged, { signature: null }),
      await deliver(forged, { signature: Stripe.webhooks.generateTestHeaderString({ payload: '{"id":"evt_other"}', secret: TEST_STRIPE_WEBHOOK_SECRET }) }),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(400);
      expect((await jsonOf(response)).error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/Stripe-Signature/) });
    }
    expect(await storedEvents(forged.id)).toEqual([]);
    expect(await account(org.tenantId)).toMatchObject({ subscription_status: 'none', stripe_subscription_id: null });
  });

  it('logs a refusal without the secret or the signature', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const app = createApp({ ...harness.deps, logger: pino({ level: 'info' }, sink) });
    const org = await customerOrganization();
    const sent = event('customer.subscription.updated', '2026-12-01T10:00:00Z', subscription(org.customerId, { id: newId('sub') }));
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: 'not this payload', secret: TEST_STRIPE_WEBHOOK_SECRET });
    expect((await deliver(sent, { app, signature })).status).toBe(400);
    const logged = lines.join('');
    expect(logged).toContain('stripe webhook refused');
    for (const secret of [TEST_STRIPE_WEBHOOK_SECRET, signature, signature.split('v1=')[1]!]) expect(logged).not.toContain(secret);
  });

  it('answers 503 when no webhook secret is configured, so Stripe keeps the event for later', async () => {
    const org = await customerOrganization();
    const unconfigured = createApp({ ...harness.deps, billing: { ...harness.deps.billing, webhookSecret: null } });
    const sent = event('customer.subscription.updated', '2026-12-01T10:00:00Z', subscription(org.customerId, { id: newId('sub') }));
    const response = await deliver(sent, { app: unconfigured });
    expect(response.status).toBe(503);
    expect(await storedEvents(sent.id)).toEqual([]);
  });

  it('needs no session or CSRF token, even when a browser cookie comes along', async () => {
    const org = await customerOrganization();
    const { cookie } = await signIn(harness.app, org.member.email, org.member.password);
    const sent = event('customer.subscription.created', '2026-12-01T10:00:00Z', subscription(org.customerId, { id: newId('sub') }));
    const payload = JSON.stringify({ id: sent.id, object: 'event', type: sent.type, created: sent.created, data: { object: sent.object } });
    const response = await harness.app.request('/api/stripe/webhook', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret: TEST_STRIPE_WEBHOOK_SECRET }) },
      body: payload,
    });
    expect(response.status).toBe(200);
    expect((await account(org.tenantId)).subscription_status).toBe('active');
  });
});

describe('checkout.session.completed', () => {
  it("stores the customer and the subscription for the organization the session names, when its customer is new to us", async () => {
    const { member } = await signedInMember(harness, { role: 'owner' });
    const customerId = newId('cus');
    const subscriptionId = newId('sub');
    const sent = event('checkout.session.completed', '2026-12-01T10:00:00Z', {
      id: newId('cs'),
      object: 'checkout.session',
      mode: 'subscription',
      customer: customerId,
      subscription: subscriptionId,
      client_reference_id: member.tenant.id,
      metadata: { tenant_id: member.tenant.id },
    });
    expect(await outcomeOf(sent)).toBe('applied');
    expect(await account(member.tenant.id)).toMatchObject({ stripe_customer_id: customerId, stripe_subscription_id: subscriptionId });
  });

  it('does not let a session name an organization that already has another customer', async () => {
    const org = await customerOrganization();
    const sent = event('checkout.session.completed', '2026-12-01T10:00:00Z', {
      id: newId('cs'),
      object: 'checkout.session',
      mode: 'subscription',
      customer: newId('cus'),
      subscription: newId('sub'),
      client_reference_id: org.tenantId,
      metadata: {},
    });
    expect(await outcomeOf(sent)).toBe('unmatched');
    expect(await account(org.tenantId)).toMatchObject({ stripe_customer_id: org.customerId, stripe_subscription_id: null });
  });
});

describe('customer.subscription.*', () => {
  it('keeps status, plan by price, cancel-at-period-end and period end; an older event after a newer one changes nothing', async () => {
    const org = await customerOrganization();
    const id = newId('sub');
    const newer = event('customer.subscription.updated', '2026-12-05T10:00:00Z', subscription(org.customerId, { id, status: 'active', cancelAtPeriodEnd: true, price: 'price_full_monthly_test', periodEnd: '2027-01-05T10:00:00Z' }));
    const older = event('customer.subscription.updated', '2026-12-05T09:00:00Z', subscription(org.customerId, { id, status: 'past_due', cancelAtPeriodEnd: false, price: 'price_beta_monthly_test' }));
    expect(await outcomeOf(newer)).toBe('applied');
    expect(await outcomeOf(older)).toBe('superseded');
    expect(await account(org.tenantId)).toMatchObject({
      stripe_subscription_id: id,
      subscription_status: 'active',
      plan_key: 'full',
      cancel_at_period_end: true,
      current_period_end: new Date('2027-01-05T10:00:00Z'),
      stripe_state_at: new Date('2026-12-05T10:00:00Z'),
    });
    // Both were handled, once each.
    expect((await storedEvents(older.id)).length).toBe(1);

    const deleted = event('customer.subscription.deleted', '2026-12-20T00:00:00Z', subscription(org.customerId, { id, status: 'canceled' }));
    expect(await outcomeOf(deleted)).toBe('applied');
    expect((await account(org.tenantId)).subscription_status).toBe('canceled');
  });

  it("lets an update win over the subscription's creation of the same second, whichever arrives first", async () => {
    const org = await customerOrganization();
    const id = newId('sub');
    const second = '2026-12-06T10:00:00Z';
    expect(await outcomeOf(event('customer.subscription.updated', second, subscription(org.customerId, { id, status: 'active' })))).toBe('applied');
    expect(await outcomeOf(event('customer.subscription.created', second, subscription(org.customerId, { id, status: 'incomplete' })))).toBe('superseded');
    expect((await account(org.tenantId)).subscription_status).toBe('active');
  });

  it('applies a redelivered event once: a change made since is not undone by the replay', async () => {
    const org = await customerOrganization();
    const id = newId('sub');
    const sent = event('customer.subscription.updated', '2026-12-07T10:00:00Z', subscription(org.customerId, { id, cancelAtPeriodEnd: true }));
    expect(await outcomeOf(sent)).toBe('applied');
    // As a reactivation through the API leaves it: changed, with the time of the last event.
    await harness.db.updateTable('billing_accounts').set({ cancel_at_period_end: false }).where('tenant_id', '=', org.tenantId).execute();
    expect(await outcomeOf(sent)).toBe('duplicate');
    expect((await account(org.tenantId)).cancel_at_period_end).toBe(false);
    expect(await storedEvents(sent.id)).toHaveLength(1);
  });

  it('finds nobody for a customer that is not ours, and ignores types it does not handle', async () => {
    const stranger = event('customer.subscription.updated', '2026-12-01T10:00:00Z', subscription(newId('cus'), { id: newId('sub') }));
    expect(await outcomeOf(stranger)).toBe('unmatched');
    const other = event('customer.created', '2026-12-01T10:00:00Z', { id: newId('cus'), object: 'customer' });
    expect(await outcomeOf(other)).toBe('ignored');
    expect(await storedEvents(other.id)).toEqual([]);
  });
});

describe('invoice.paid and invoice.payment_failed', () => {
  it("mirror the invoice, record the failure, email each owner once per event, and raise the notice until a later invoice is paid", async () => {
    const org = await customerOrganization();
    const secondOwner = await addMember(harness.db, org.member.tenant, 'owner');
    const admin = await addMember(harness.db, org.member.tenant, 'admin');
    const reader = clientFor(harness.app, await signIn(harness.app, admin.email, admin.password));
    const invoiceId = newId('in');

    const failed = event('invoice.payment_failed', '2026-12-01T02:00:00Z', invoice(org.customerId, { id: invoiceId, status: 'open' }));
    expect(await outcomeOf(failed)).toBe('applied');
    expect(await outcomeOf(failed)).toBe('duplicate');

    const stored = await harness.db.selectFrom('stripe_invoices').selectAll().where('stripe_invoice_id', '=', invoiceId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ tenant_id: org.tenantId, status: 'open', amount_due_cents: 10_250, hosted_invoice_url: `https://invoice.stripe.com/i/${invoiceId}` });
    expect((await account(org.tenantId)).last_payment_failed_at).toEqual(new Date('2026-12-01T02:00:00Z'));
    for (const to of [org.member.email, secondOwner.email]) {
      const mails = (await emailsTo(harness.db, to)).filter((mail) => mail.purpose === 'payment_failed');
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ tenantId: org.tenantId, subject: `Payment failed for ${org.member.tenant.name}` });
      expect(mails[0]!.body).toContain('$102.50');
      expect(mails[0]!.body).toContain(`https://invoice.stripe.com/i/${invoiceId}`);
      expect(mails[0]!.body).toContain('http://127.0.0.1:5173/billing');
    }
    expect(await emailsTo(harness.db, admin.email)).toEqual([]);
    expect((await jsonOf(reader.get('/api/auth/session'))).billing).toEqual({ paymentProblem: true });

    const paid = event('invoice.paid', '2026-12-03T02:00:00Z', invoice(org.customerId, { id: invoiceId, status: 'paid', paid: 10_250 }));
    expect(await outcomeOf(paid)).toBe('applied');
    expect((await jsonOf(reader.get('/api/auth/session'))).billing).toEqual({ paymentProblem: false });
    const page = await jsonOf(org.api.get('/api/billing'));
    expect(page.invoices).toEqual([expect.objectContaining({ id: invoiceId, status: 'paid', amountPaidCents: 10_250, hostedInvoiceUrl: `https://invoice.stripe.com/i/${invoiceId}` })]);
  });

  it('leave a paid invoice paid when an older failure arrives late, and tell nobody', async () => {
    const org = await customerOrganization();
    const invoiceId = newId('in');
    expect(await outcomeOf(event('invoice.paid', '2026-12-03T02:00:00Z', invoice(org.customerId, { id: invoiceId, status: 'paid', paid: 10_250 })))).toBe('applied');
    expect(await outcomeOf(event('invoice.payment_failed', '2026-12-01T02:00:00Z', invoice(org.customerId, { id: invoiceId, status: 'open' })))).toBe('superseded');
    const stored = await harness.db.selectFrom('stripe_invoices').select('status').where('stripe_invoice_id', '=', invoiceId).executeTakeFirstOrThrow();
    expect(stored.status).toBe('paid');
    expect((await account(org.tenantId)).last_payment_failed_at).toBeNull();
    expect(await emailsTo(harness.db, org.member.email)).toEqual([]);
  });
});
