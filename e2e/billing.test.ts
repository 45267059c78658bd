import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { recordUsage } from '../db/queries/usage-records.js';
import { addMember, createOrganizationWithMember, type TestMember } from '../testing/organizations.js';
import { openHydrated } from './support/navigation.js';
import { checkPage, screenshotPath, WIDTHS } from './support/page-checks.js';
import { signIn } from './support/sign-in.js';
import { startBrowserTest, type BrowserTest, type TestSystem } from './support/start-test-system.js';

let run: BrowserTest;
let system: TestSystem;
let db: Database;

beforeAll(async () => {
  run = await startBrowserTest();
  ({ system, db } = run);
});
afterEach(() => run.closePages());
afterAll(() => run?.stop());

/** Someone signed in, in a browser of their own. */
async function signedIn(person: { email: string; password: string }, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await run.newPage(viewport);
  await signIn(page, person);
  return page;
}

/** A day of the current UTC month, at noon. */
function thisMonth(day: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), day, 12));
}

const today = new Date().getUTCDate();
const monthName = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date());
const shortDay = (date: Date) => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' }).format(date);

/**
 * This month's usage: 2 calls and 1,500 words on the 1st, and (on a later day, when there is one
 * yet) 3 calls and 2,500 words today; so 5 calls and 4,000 words, whatever the date.
 */
async function useThisMonth(tenantId: string): Promise<void> {
  const later = today > 1 ? new Date(Math.max(thisMonth(today).getTime() - 12 * 3_600_000, Date.now() - 60_000)) : thisMonth(1);
  const rows = [
    { metric: 'calls' as const, quantity: 1, at: thisMonth(1) },
    { metric: 'calls' as const, quantity: 1, at: thisMonth(1) },
    { metric: 'voice_words' as const, quantity: 1500, at: thisMonth(1) },
    { metric: 'calls' as const, quantity: 3, at: later },
    { metric: 'voice_words' as const, quantity: 2500, at: later },
    // Last month's use is not this month's.
    { metric: 'calls' as const, quantity: 40, at: new Date(thisMonth(1).getTime() - 3 * 86_400_000) },
  ];
  for (const [index, row] of rows.entries()) {
    await recordUsage(db, { tenantId, metric: row.metric, quantity: row.quantity, idempotencyKey: `e2e-${index}`, occurredAt: row.at.toISOString() });
  }
}

async function subscribe(tenantId: string, state: { status: string; customer?: string | null }): Promise<void> {
  await db
    .insertInto('billing_accounts')
    .values({
      tenant_id: tenantId,
      stripe_customer_id: state.customer === undefined ? `cus_${tenantId.slice(0, 8)}` : state.customer,
      stripe_subscription_id: `sub_${tenantId.slice(0, 8)}`,
      plan_key: 'beta',
      subscription_status: state.status,
      current_period_end: new Date('2031-03-01T12:00:00Z'),
      stripe_state_at: new Date(),
    })
    .execute();
}

/** What stripe-mock answers to `path`: it answers every session with the same fixture, so this is the URL the API was given. */
async function stripeMockUrl(path: string, fields: Record<string, string>): Promise<string> {
  const response = await fetch(`${system.stripeApiBase}${path}`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_test_e2e', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).href;
}

/**
 * Holds the browser at Stripe's door: a navigation to `origin` is answered here, never sent, and
 * the URL it asked for is returned once the page has gone there.
 */
async function followToStripe(page: Page, origin: string, click: () => Promise<void>): Promise<string> {
  let asked: string | null = null;
  await page.route(
    (url) => url.origin === origin,
    (route) => {
      asked = route.request().url();
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Stripe (held by the test)</title>' });
    },
  );
  await click();
  await page.waitForURL((url) => url.origin === origin);
  expect(asked).not.toBeNull();
  return asked!;
}

/** An organization on the Beta plan, with this month's usage, a paid invoice and October's usage record. */
async function payingOrganization(name: string): Promise<TestMember> {
  const owner = await createOrganizationWithMember(db, { name });
  const tenantId = owner.tenant.id;
  await subscribe(tenantId, { status: 'active' });
  await useThisMonth(tenantId);
  await db
    .insertInto('stripe_invoices')
    .values({
      stripe_invoice_id: `in_e2e_${tenantId}`,
      tenant_id: tenantId,
      number: 'MAPLE-0001',
      status: 'paid',
      amount_due_cents: 10_450,
      amount_paid_cents: 10_450,
      currency: 'usd',
      hosted_invoice_url: `https://invoice.stripe.com/i/in_e2e_${tenantId}`,
      stripe_created_at: new Date('2026-11-01T15:00:00Z'),
      stripe_state_at: new Date('2026-11-01T15:00:00Z'),
    })
    .execute();
  await db.insertInto('usage_invoices').values({ tenant_id: tenantId, period: '2026-10', outcome: 'reported', calls: 12, voice_words: 4_000, amount_cents: 1_600 }).execute();
  return owner;
}

let paying: TestMember;

describe('the billing page of a paying organization', () => {
  beforeAll(async () => {
    paying = await payingOrganization('Maple Grove Funeral Home');
  });

  it("shows the plan, this month's usage by day with its totals, the estimate, and the invoices", async () => {
    const page = await signedIn(paying);
    await openHydrated(page, '/billing');
    expect(await page.getByTestId('subscription-status').innerText()).toBe('Active');
    expect(await page.getByTestId('subscription-detail').innerText()).toBe('It renews on March 1, 2031.');
    expect(await page.getByTestId('subscription-plan').innerText()).toBe('Beta plan: $99.00 a month, plus calls and voice as used.');

    expect(await page.getByTestId('usage-calls').innerText()).toBe('5');
    expect(await page.getByTestId('usage-words').innerText()).toBe('4,000');
    const busiest = today > 1 ? `${shortDay(thisMonth(today))} (3)` : `${shortDay(thisMonth(1))} (5)`;
    expect(await page.getByTestId('chart-calls').getAttribute('aria-label')).toBe(`Calls each day, ${shortDay(thisMonth(1))} to ${shortDay(thisMonth(today))}: 5 in total, the most on ${busiest}.`);
    // LayerChart has drawn a bar for each day with calls, as tall as the day's calls.
    const bars = page.getByTestId('chart-calls').locator('.lc-bar');
    await expect.poll(() => bars.count()).toBe(today > 1 ? 2 : 1);
    if (today > 1) {
      const [first, latest] = await bars.evaluateAll((drawn) => drawn.map((bar) => bar.getBoundingClientRect().height));
      expect(first! / latest!).toBeCloseTo(2 / 3, 1);
    }
    expect(await page.getByTestId('chart-calls').locator('.lc-axis-tick-label').allTextContents()).toContain('1');

    await page.getByText('See the numbers for each day').click();
    const days = page.getByTestId('usage-days').locator('tbody tr');
    expect(await days.count()).toBe(today);
    const firstOfMonth = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(thisMonth(1));
    expect((await days.first().innerText()).split('\t')).toEqual(today > 1 ? [firstOfMonth, '2', '1,500'] : [firstOfMonth, '5', '4,000']);

    expect(await page.getByTestId('estimate').locator('h2').innerText()).toBe(`Estimated charge for ${monthName}`);
    expect(await page.getByTestId('estimate-calls').innerText()).toBe('5 calls answered at $1.00 each\t$5.00');
    expect(await page.getByTestId('estimate-voice_words').innerText()).toBe('4,000 words of voice at $1.00 per 1,000\t$4.00');
    expect(await page.getByTestId('estimate-total').innerText()).toBe('$108.00');

    const invoice = page.getByTestId('invoice').getByRole('link', { name: 'View invoice MAPLE-0001 (opens in a new tab)' });
    expect(await invoice.getAttribute('href')).toBe(`https://invoice.stripe.com/i/in_e2e_${paying.tenant.id}`);
    expect(await invoice.getAttribute('target')).toBe('_blank');
    expect(await page.getByTestId('invoice').innerText()).toMatch(/^November 1, 2026 · \$104\.50 Paid\s+View invoice MAPLE-0001 \(opens in a new tab\)$/);
    expect((await page.getByTestId('usage-records').locator('tbody tr').innerText()).split('\t')).toEqual(['October 2026', '12', '4,000', '$16.00']);

    expect(await page.getByTestId('billing-checkout').count()).toBe(0);
    expect(await page.getByTestId('billing-reactivate').count()).toBe(0);
  });

  it('sends the browser to the billing portal page Stripe opened', async () => {
    const page = await signedIn(paying);
    await openHydrated(page, '/billing');
    const portal = await stripeMockUrl('/v1/billing_portal/sessions', { customer: 'cus_any' });
    const asked = await followToStripe(page, new URL(portal).origin, () => page.getByTestId('billing-portal').click());
    expect(asked).toBe(portal);
  });

  it('cancels at the end of the period after asking, and reactivates', async () => {
    const page = await signedIn(paying);
    await openHydrated(page, '/billing');
    await page.getByTestId('billing-cancel').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Cancel the subscription at the end of this period?').waitFor();
    await dialog.getByRole('button', { name: 'Keep the subscription' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('subscription-status').innerText()).toBe('Active');

    await page.getByTestId('billing-cancel').click();
    await page.getByTestId('confirm-cancel').click();
    await page.getByTestId('cancelled').waitFor();
    // The end date is the one Stripe answered with: stripe-mock's fixture, not ours.
    expect(await page.getByTestId('subscription-status').innerText()).toMatch(/^Cancelled: ends on [A-Z][a-z]+ \d{1,2}, \d{4}$/);
    expect(await page.getByTestId('billing-cancel').count()).toBe(0);
    expect((await db.selectFrom('billing_accounts').select('cancel_at_period_end').where('tenant_id', '=', paying.tenant.id).executeTakeFirstOrThrow()).cancel_at_period_end).toBe(true);

    await page.getByTestId('billing-reactivate').click();
    await page.getByTestId('reactivated').waitFor();
    expect(await page.getByTestId('subscription-status').innerText()).toBe('Active');
    expect(await page.getByTestId('billing-reactivate').count()).toBe(0);
    expect(await page.getByTestId('billing-cancel').count()).toBe(1);
  });

  it('tells a staff member that billing is for owners and admins', async () => {
    const staff = await addMember(db, paying.tenant, 'staff');
    const page = await signedIn(staff);
    await openHydrated(page, '/billing');
    expect(await page.getByTestId('billing-members-only').innerText()).toBe(
      'Billing is looked after by the owners and admins of Maple Grove Funeral Home. If you have a question about the subscription or an invoice, please ask one of them.',
    );
    expect(await page.getByTestId('usage').count()).toBe(0);
    expect(await page.getByTestId('payment-banner').count()).toBe(0);
  });
});

describe('subscribing', () => {
  it('sends the browser to the Checkout page Stripe opened for an organization without a subscription', async () => {
    const owner = await createOrganizationWithMember(db, { name: 'Cedar Hill Chapel' });
    const page = await signedIn(owner);
    await openHydrated(page, '/billing');
    expect(await page.getByTestId('subscription-status').innerText()).toBe('Not subscribed');
    expect(await page.getByTestId('offered-plan').innerText()).toBe(
      'Beta plan: $99.00 a month, plus calls and voice as used. Every call answered, day and night, while the product is in beta.',
    );
    expect(await page.getByTestId('estimate-empty').innerText()).toBe('Nothing to pay so far this month.');
    expect(await page.getByTestId('usage-calls').innerText()).toBe('0');
    expect(await page.getByTestId('chart-calls-empty').innerText()).toBe('None yet this month.');
    expect(await page.getByTestId('billing-portal').count()).toBe(0);
    expect(await page.getByTestId('billing-cancel').count()).toBe(0);

    const checkout = await stripeMockUrl('/v1/checkout/sessions', { mode: 'subscription', success_url: 'http://127.0.0.1/', 'line_items[0][price]': 'price_x', 'line_items[0][quantity]': '1' });
    expect(checkout).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    const asked = await followToStripe(page, 'https://checkout.stripe.com', () => page.getByTestId('billing-checkout').click());
    expect(asked).toBe(checkout);

    // Back from Stripe without finishing: nothing was charged, and the page says so.
    await openHydrated(page, '/billing?checkout=cancelled');
    expect(await page.getByTestId('checkout-cancelled').innerText()).toContain('nothing was charged');
  });

  it("shows the API's refusal in words beside the button that asked", async () => {
    // An ended subscription whose Stripe customer is gone: the portal has nothing to open.
    const owner = await createOrganizationWithMember(db, { name: 'Birch Lane Cemetery' });
    await subscribe(owner.tenant.id, { status: 'canceled', customer: null });
    const page = await signedIn(owner);
    await openHydrated(page, '/billing');
    await page.getByTestId('billing-portal').click();
    const error = page.getByTestId('portal-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('This organization has no billing account yet: subscribe first.');
    expect(await page.getByTestId('billing-portal').getAttribute('aria-describedby')).toBe('portal-error');
    expect(new URL(page.url()).pathname).toBe('/billing');
  });
});

describe('a payment that did not go through', () => {
  it('tells every member on every page, calmly, and owners what to do', async () => {
    const owner = await createOrganizationWithMember(db, { name: 'Willow Creek Funeral Chapel' });
    await subscribe(owner.tenant.id, { status: 'past_due' });
    const reader = await addMember(db, owner.tenant, 'read_only');
    const banner = "We could not take this month's payment. Owners and admins can update the card on the Billing page. Calls are still being answered as usual.";

    const page = await signedIn(owner);
    expect(await page.getByTestId('payment-banner').innerText()).toBe(banner);
    await page.getByTestId('payment-banner').getByRole('link', { name: 'Billing page' }).click();
    await page.waitForURL((url) => url.pathname === '/billing');
    expect(await page.getByTestId('subscription-status').innerText()).toBe('Payment overdue');
    expect(await page.getByTestId('billing-portal').getAttribute('class')).toContain('primary');
    await page.screenshot({ path: await screenshotPath('billing-past-due-desktop'), fullPage: true });

    const theirs = await signedIn(reader, WIDTHS.phone);
    await openHydrated(theirs, '/contacts');
    expect(await theirs.getByTestId('payment-banner').innerText()).toBe(banner);
    expect(await theirs.getByTestId('payment-banner').getByRole('link').count()).toBe(0);
    await openHydrated(theirs, '/billing');
    await theirs.getByTestId('billing-members-only').waitFor();
    await theirs.screenshot({ path: await screenshotPath('billing-members-only-phone'), fullPage: true });
  });
});

describe('the demo organization', () => {
  it('says plainly that it is never charged, and still shows its usage', async () => {
    const page = await signedIn(system.demoOwner);
    const demo = await db.selectFrom('tenants').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
    await useThisMonth(demo.id);
    await openHydrated(page, '/billing');
    expect(await page.getByTestId('billing-exempt').innerText()).toBe(
      'Evergreen Memorial Chapel (demo) is a demo organization, so it is never charged. Its calls and voice are still counted below, as they would be for a paying organization.',
    );
    expect(await page.getByTestId('usage-calls').innerText()).toBe('5');
    expect(await page.getByTestId('usage-words').innerText()).toBe('4,000');
    expect(await page.getByTestId('estimate-total').innerText()).toBe('$0.00');
    for (const button of ['billing-checkout', 'billing-portal', 'billing-cancel', 'billing-reactivate']) {
      expect(`${button}: ${await page.getByTestId(button).count()}`).toBe(`${button}: 0`);
    }
  });
});

describe('how the page reads', () => {
  it('has no serious accessibility problem, at desktop or phone width, for a paying organization, the demo, one not subscribed yet and a read-only member', async () => {
    const problems: string[] = [];
    // A paying organization of its own: the one above has been through stripe-mock's fixture subscription.
    problems.push(...(await checkPage(run.browser, await signedIn(await payingOrganization('Oak Hollow Memorial Park')), '/billing', 'billing-paying')));
    problems.push(...(await checkPage(run.browser, await signedIn(system.demoOwner), '/billing', 'billing-demo')));
    problems.push(...(await checkPage(run.browser, await signedIn(await createOrganizationWithMember(db, { name: 'Aspen Ridge Chapel' })), '/billing', 'billing-not-subscribed')));
    problems.push(...(await checkPage(run.browser, await signedIn(await addMember(db, paying.tenant, 'read_only')), '/billing', 'billing-read-only')));
    expect(problems).toEqual([]);
  });
});
