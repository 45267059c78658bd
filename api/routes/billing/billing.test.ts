import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { recordUsage } from '../../../db/queries/usage-records.js';
import { signedInMember, clientFor, type ApiClient } from '../../../testing/api-client.js';
import { signIn, startApiHarness } from '../../../testing/api-harness.js';
import { startStripeFaultProxy } from '../../../testing/fakes/stripe-fault-proxy.js';
import { jsonOf } from '../../../testing/json-body.js';
import { addMember, type TestMember } from '../../../testing/organizations.js';
import type { Role } from '../../../domain/team/roles.js';

let proxy: Awaited<ReturnType<typeof startStripeFaultProxy>>;
let harness: Awaited<ReturnType<typeof startApiHarness>>;
let billingOff: Awaited<ReturnType<typeof startApiHarness>>;

beforeAll(async () => {
  // Every request to Stripe goes through a recording proxy in front of stripe-mock, so a test can
  // read what was asked of Stripe, and make it fail.
  proxy = await startStripeFaultProxy(inject('stripeApiBase'));
  harness = await startApiHarness({ worker: false, stripeApiBase: proxy.url });
  billingOff = await startApiHarness({ worker: false, billing: 'off' });
});
afterAll(async () => {
  await harness.stop();
  await billingOff.stop();
  await proxy.stop();
});

async function owner(name?: string) {
  return signedInMember(harness, { role: 'owner', name });
}

async function colleague(member: TestMember, role: Role): Promise<ApiClient> {
  const other = await addMember(harness.db, member.tenant, role);
  return clientFor(harness.app, await signIn(harness.app, other.email, other.password));
}

async function account(tenantId: string) {
  return harness.db.selectFrom('billing_accounts').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
}

async function subscribe(tenantId: string, state: { status?: string; cancelAtPeriodEnd?: boolean } = {}) {
  await harness.db
    .insertInto('billing_accounts')
    .values({
      tenant_id: tenantId,
      stripe_customer_id: `cus_${tenantId.slice(0, 8)}`,
      stripe_subscription_id: `sub_${tenantId.slice(0, 8)}`,
      plan_key: 'beta',
      subscription_status: state.status ?? 'active',
      cancel_at_period_end: state.cancelAtPeriodEnd ?? false,
      stripe_state_at: new Date('2026-11-01T00:00:00Z'),
    })
    .execute();
}

const stripeCalls = (path: string) => proxy.requests.filter((request) => request.method === 'POST' && request.path === path);

/** A day of the current UTC month, at noon. */
function thisMonth(day: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), day, 12));
}

describe('GET /api/billing/subscription-plans', () => {
  it('lists the plans of the plans file to any member, marking the one new subscriptions use', async () => {
    const { member } = await owner();
    const reader = await colleague(member, 'read_only');
    const response = await reader.get('/api/billing/subscription-plans');
    expect(response.status).toBe(200);
    expect((await jsonOf(response)).plans).toEqual([
      { key: 'beta', name: 'Beta', description: 'Every call answered, day and night, while the product is in beta.', monthlyCents: 9900, currency: 'usd', active: true },
      { key: 'full', name: 'Full', description: 'Every call answered, day and night, with the full product.', monthlyCents: 29900, currency: 'usd', active: false },
    ]);
  });
});

describe('who may see and change billing', () => {
  it('refuses staff and read-only members, and lets an admin in', async () => {
    const { member } = await owner();
    for (const role of ['staff', 'read_only'] as const) {
      const api = await colleague(member, role);
      expect((await api.get('/api/billing')).status).toBe(403);
      for (const path of ['/api/billing/checkout', '/api/billing/portal', '/api/billing/cancel', '/api/billing/reactivate']) {
        expect(`${role} ${path} → ${(await api.post(path)).status}`).toBe(`${role} ${path} → 403`);
      }
    }
    expect((await (await colleague(member, 'admin')).get('/api/billing')).status).toBe(200);
    expect(await account(member.tenant.id)).toBeUndefined();
  });
});

describe('GET /api/billing', () => {
  it('shows this month’s usage per UTC day and the estimate priced from it, without other months or organizations', async () => {
    const { member, api } = await owner();
    const tenantId = member.tenant.id;
    const other = await owner();
    const usage = [
      { tenantId, metric: 'calls' as const, quantity: 1, at: thisMonth(1), key: 'a' },
      { tenantId, metric: 'calls' as const, quantity: 1, at: thisMonth(1), key: 'b' },
      { tenantId, metric: 'voice_words' as const, quantity: 1500, at: thisMonth(1), key: 'c' },
      { tenantId, metric: 'voice_words' as const, quantity: 600, at: new Date(thisMonth(1).getTime() - 2 * 86_400_000), key: 'last-month' },
      { tenantId: other.member.tenant.id, metric: 'calls' as const, quantity: 50, at: thisMonth(1), key: 'theirs' },
    ];
    for (const row of usage) await recordUsage(harness.db, { tenantId: row.tenantId, metric: row.metric, quantity: row.quantity, idempotencyKey: row.key, occurredAt: row.at.toISOString() });

    const body = await jsonOf(api.get('/api/billing'));
    expect(body.configured).toBe(true);
    expect(body.exempt).toBe(false);
    expect(body.subscription).toMatchObject({ status: 'none', plan: null, cancelAtPeriodEnd: false, paymentProblem: false });
    expect(body.period.key).toBe(thisMonth(1).toISOString().slice(0, 7));
    expect(body.usageByDay[0]).toEqual({ date: thisMonth(1).toISOString().slice(0, 10), calls: 2, voiceWords: 1500 });
    expect(body.usageByDay).toHaveLength(new Date().getUTCDate());
    expect(body.usageByDay.slice(1).every((day: { calls: number; voiceWords: number }) => day.calls === 0 && day.voiceWords === 0)).toBe(true);
    // No subscription yet: only the usage, 2 calls at $1.00 and 1,500 words at $1.00 per 1,000.
    expect(body.estimate).toMatchObject({ currency: 'usd', subscriptionCents: 0, totalCents: 350 });
    expect(body.estimate.usage.map((line: { metric: string; amountCents: number }) => [line.metric, line.amountCents])).toEqual([
      ['calls', 200],
      ['voice_words', 150],
    ]);

    await subscribe(tenantId);
    const subscribed = await jsonOf(api.get('/api/billing'));
    expect(subscribed.subscription).toMatchObject({ status: 'active', plan: { key: 'beta', name: 'Beta' } });
    expect(subscribed.estimate).toMatchObject({ subscriptionCents: 9900, totalCents: 9900 + 350 });

    await harness.db.updateTable('tenants').set({ is_demo: true }).where('id', '=', tenantId).execute();
    const demo = await jsonOf(api.get('/api/billing'));
    expect(demo.exempt).toBe(true);
    expect(demo.estimate.totalCents).toBe(0);
  });

  it("lists Stripe's invoices newest first with their pages, and what each monthly run recorded", async () => {
    const { member, api } = await owner();
    const tenantId = member.tenant.id;
    const invoice = (id: string, created: string) => ({
      stripe_invoice_id: id,
      tenant_id: tenantId,
      number: `N-${id}`,
      status: 'paid',
      amount_due_cents: 10_250,
      amount_paid_cents: 10_250,
      currency: 'usd',
      hosted_invoice_url: `https://invoice.stripe.com/i/${id}`,
      stripe_created_at: new Date(created),
      stripe_state_at: new Date(created),
    });
    await harness.db.insertInto('stripe_invoices').values([invoice(`in_old_${tenantId}`, '2026-10-01T00:00:00Z'), invoice(`in_new_${tenantId}`, '2026-11-01T00:00:00Z')]).execute();
    await harness.db.insertInto('usage_invoices').values({ tenant_id: tenantId, period: '2026-10', outcome: 'reported', calls: 12, voice_words: 4000, amount_cents: 1600 }).execute();

    const body = await jsonOf(api.get('/api/billing'));
    expect(body.invoices.map((i: { id: string; hostedInvoiceUrl: string }) => [i.id, i.hostedInvoiceUrl])).toEqual([
      [`in_new_${tenantId}`, `https://invoice.stripe.com/i/in_new_${tenantId}`],
      [`in_old_${tenantId}`, `https://invoice.stripe.com/i/in_old_${tenantId}`],
    ]);
    expect(body.usageInvoices).toEqual([expect.objectContaining({ period: '2026-10', outcome: 'reported', calls: 12, voiceWords: 4000, amountCents: 1600, currency: 'usd' })]);
    // Another organization's page shows none of it.
    const stranger = await jsonOf((await owner()).api.get('/api/billing'));
    expect([stranger.invoices, stranger.usageInvoices]).toEqual([[], []]);
  });
});

describe('POST /api/billing/checkout', () => {
  it("answers the URL of the Checkout Session Stripe made, on the active plan's test price, for the organization's customer", async () => {
    const { member, api } = await owner('Checkout Chapel');
    const tenantId = member.tenant.id;
    const response = await api.post('/api/billing/checkout');
    expect(response.status).toBe(200);
    const { url } = await jsonOf(response);
    // stripe-mock answers every session with the same fixture page.
    const direct = await harness.deps.billing.stripe!.client.checkout.sessions.create({ mode: 'subscription', success_url: 'http://x/', line_items: [{ price: 'price_x', quantity: 1 }] });
    expect(url).toBe(direct.url);

    const customer = (await account(tenantId))?.stripe_customer_id;
    expect(customer).toMatch(/^cus_/);
    const created = stripeCalls('/v1/customers').filter((request) => request.body.get('metadata[tenant_id]') === tenantId);
    expect(created.map((request) => request.body.get('name'))).toEqual(['Checkout Chapel']);
    const session = stripeCalls('/v1/checkout/sessions').find((request) => request.body.get('client_reference_id') === tenantId)!.body;
    expect(Object.fromEntries(session)).toMatchObject({
      mode: 'subscription',
      customer,
      'line_items[0][price]': 'price_beta_monthly_test',
      'line_items[0][quantity]': '1',
      'metadata[tenant_id]': tenantId,
      'subscription_data[metadata][tenant_id]': tenantId,
      success_url: 'http://127.0.0.1:5173/billing?checkout=success',
      cancel_url: 'http://127.0.0.1:5173/billing?checkout=cancelled',
    });

    // A second checkout reuses the customer.
    expect((await api.post('/api/billing/checkout')).status).toBe(200);
    expect(stripeCalls('/v1/customers').filter((request) => request.body.get('metadata[tenant_id]') === tenantId)).toHaveLength(1);
  });

  it('refuses an organization already subscribed, and a demo organization, without asking Stripe', async () => {
    const subscribed = await owner();
    await subscribe(subscribed.member.tenant.id);
    const demo = await owner();
    await harness.db.updateTable('tenants').set({ is_demo: true }).where('id', '=', demo.member.tenant.id).execute();
    const before = proxy.requests.length;
    for (const { api } of [subscribed, demo]) {
      const response = await api.post('/api/billing/checkout');
      expect(response.status).toBe(409);
      expect((await jsonOf(response)).error.code).toBe('conflict');
    }
    expect(proxy.requests.length).toBe(before);
  });

  it('answers 503 when Stripe fails, storing nothing', async () => {
    const { member, api } = await owner();
    proxy.failFor(member.tenant.id, 1);
    const response = await api.post('/api/billing/checkout');
    expect(response.status).toBe(503);
    expect((await jsonOf(response)).error).toMatchObject({ code: 'dependency_unavailable', message: expect.stringMatching(/Stripe could not/) });
    expect(await account(member.tenant.id)).toBeUndefined();
  });
});

describe('POST /api/billing/portal', () => {
  it("answers the URL of Stripe's portal session for the organization's customer, and 409 before there is one", async () => {
    const { member, api } = await owner();
    const none = await api.post('/api/billing/portal');
    expect(none.status).toBe(409);
    expect((await jsonOf(none)).error.message).toMatch(/subscribe first/);

    await subscribe(member.tenant.id);
    const response = await api.post('/api/billing/portal');
    expect(response.status).toBe(200);
    const direct = await harness.deps.billing.stripe!.client.billingPortal.sessions.create({ customer: 'cus_x' });
    expect((await jsonOf(response)).url).toBe(direct.url);
    const asked = stripeCalls('/v1/billing_portal/sessions').find((request) => request.body.get('customer') === `cus_${member.tenant.id.slice(0, 8)}`);
    expect(asked?.body.get('return_url')).toBe('http://127.0.0.1:5173/billing');
  });
});

describe('POST /api/billing/cancel and /reactivate', () => {
  it('set the stored subscription to cancel at the end of its period and back, from what Stripe answers', async () => {
    const { member, api } = await owner();
    const tenantId = member.tenant.id;
    await subscribe(tenantId);

    const cancelled = await api.post('/api/billing/cancel');
    expect(cancelled.status).toBe(200);
    expect(await jsonOf(cancelled)).toMatchObject({ status: 'active', cancelAtPeriodEnd: true });
    const asked = stripeCalls(`/v1/subscriptions/sub_${tenantId.slice(0, 8)}`);
    expect(asked.map((request) => request.body.get('cancel_at_period_end'))).toEqual(['true']);
    const stored = await account(tenantId);
    expect(stored?.cancel_at_period_end).toBe(true);
    expect(stored?.current_period_end).toBeInstanceOf(Date);
    // The time of the state is still that of the last webhook event: only events order events.
    expect(stored?.stripe_state_at).toEqual(new Date('2026-11-01T00:00:00Z'));

    const reactivated = await api.post('/api/billing/reactivate');
    expect(reactivated.status).toBe(200);
    expect((await jsonOf(reactivated)).cancelAtPeriodEnd).toBe(false);
    expect((await account(tenantId))?.cancel_at_period_end).toBe(false);
  });

  it('answer 409 without a subscription, or when it has ended', async () => {
    const { api } = await owner();
    const ended = await owner();
    await subscribe(ended.member.tenant.id, { status: 'canceled' });
    for (const client of [api, ended.api]) {
      for (const path of ['/api/billing/cancel', '/api/billing/reactivate']) {
        const response = await client.post(path);
        expect(response.status).toBe(409);
        expect((await jsonOf(response)).error.message).toMatch(/no subscription to/);
      }
    }
  });
});

describe('billing not configured (no Stripe key)', () => {
  it('still shows plans and usage, says billing is not configured, and answers 503 to every change', async () => {
    const { member, api } = await signedInMember(billingOff, { role: 'owner' });
    await recordUsage(billingOff.db, { tenantId: member.tenant.id, metric: 'calls', quantity: 1, idempotencyKey: 'off', occurredAt: thisMonth(1).toISOString() });
    expect((await jsonOf(api.get('/api/billing/subscription-plans'))).plans).toHaveLength(2);
    const body = await jsonOf(api.get('/api/billing'));
    expect(body.configured).toBe(false);
    expect(body.usageByDay[0].calls).toBe(1);
    expect(body.estimate.totalCents).toBe(100);
    for (const path of ['/api/billing/checkout', '/api/billing/portal', '/api/billing/cancel', '/api/billing/reactivate']) {
      const response = await api.post(path);
      expect(`${path} → ${response.status}`).toBe(`${path} → 503`);
      expect((await jsonOf(response)).error).toMatchObject({ code: 'dependency_unavailable', message: expect.stringMatching(/not configured/) });
    }
  });
});

describe('the billing notice in the session', () => {
  it('tells every member when the subscription is unpaid', async () => {
    const { member, api } = await owner();
    const reader = await colleague(member, 'read_only');
    expect((await jsonOf(reader.get('/api/auth/session'))).billing).toEqual({ paymentProblem: false });
    await subscribe(member.tenant.id, { status: 'past_due' });
    expect((await jsonOf(reader.get('/api/auth/session'))).billing).toEqual({ paymentProblem: true });
    expect((await jsonOf(api.get('/api/billing'))).subscription.paymentProblem).toBe(true);
  });
});
