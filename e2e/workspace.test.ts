import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../devstack/system.js';
import { createDatabase } from '../db/database.js';
import { insertTenant } from '../db/queries/tenants.js';
import { findUserByEmail, upsertMembership } from '../db/queries/users.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { launchBrowser } from './support/launch-browser.js';
import { openHydrated, pathOf } from './support/navigation.js';
import { checkPage } from './support/page-checks.js';
import { signIn } from './support/sign-in.js';
import { startTestSystem } from './support/start-test-system.js';

let system: RunningSystem;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  const context = await browser.newContext({ baseURL: system.urls.web });
  page = await context.newPage();
  await signIn(page, system.demoOwner);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

async function say(text: string) {
  const turns = await page.getByTestId('transcript').locator('li').count();
  await page.getByLabel('Say as the caller').fill(text);
  await page.getByTestId('say').click();
  // The caller's line and the agent's answer arrive through the call's live events.
  await expect.poll(() => page.getByTestId('transcript').locator('li').count(), { timeout: 60_000, interval: 200 }).toBeGreaterThanOrEqual(turns + 2);
}

describe('the staff workspace', () => {
  it('runs a simulated call and shows the transcript, the new contact and the booking as they happen', async () => {
    await openHydrated(page, '/calls');
    await page.getByTestId('simulate-call').click();
    await page.waitForURL((url) => url.pathname === '/calls/simulate');
    await page.getByLabel(/Caller's number/).fill('+13125550188');
    await page.getByTestId('start-simulated-call').click();
    await page.waitForURL((url) => /^\/calls\/[0-9a-f-]{36}$/.test(url.pathname), { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.getByTestId('transcript').getByText('How can I help you today?').waitFor();
    expect(await page.getByTestId('call-stage').innerText()).toContain('On the line');

    await say('Hi, I need to schedule a burial service for my mother who passed away yesterday.');
    await say("I'm Grace Holloway, and my mother was Ruth Holloway.");
    await page.getByTestId('detail-callerName').getByText('Grace Holloway').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('detail-deceasedName').innerText()).toBe('Ruth Holloway');
    await say('Saturday at 11 AM would be perfect.');
    await page.getByTestId('call-booking').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('call-booking').innerText()).toMatch(/Burial · Sat.*11:00/);
    await page.getByTestId('hang-up').click();
    await page.getByTestId('call-stage').getByText('Booked').waitFor({ timeout: 60_000 });

    await page.getByTestId('call-contact').click();
    await page.waitForURL((url) => url.pathname.startsWith('/contacts/'));
    expect(await page.getByTestId('contact-name').innerText()).toBe('Grace Holloway');
    expect(await page.getByTestId('contact-deceased').innerText()).toContain('Ruth Holloway');
    expect(await page.getByTestId('timeline').innerText()).toContain('Open the call');

    await openHydrated(page, '/');
    expect(await page.getByTestId('calls-count').innerText()).toBe('1');
    expect(await page.getByTestId('recent-calls').innerText()).toContain('Grace Holloway');
    expect(await page.getByTestId('new-contacts').innerText()).toContain('Grace Holloway');
  });

  it('creates and edits a contact with cemetery fields, errors beside the field, and finds it by a misspelt name', async () => {
    await openHydrated(page, '/contacts/new');
    await page.getByLabel('Name', { exact: true }).first().fill('Theodora Lindqvist');
    await page.getByLabel('Phone', { exact: true }).fill('12');
    await page.getByLabel('Plot number').fill('Section C, row 4, plot 11');
    await page.getByLabel('Contract amount').fill('6400');
    await page.getByLabel('Amount paid').fill('-20');
    await page.getByTestId('save-contact').click();
    await page.locator('#e-phone').waitFor();
    expect(await page.locator('#e-phone').innerText()).toMatch(/^Phone is not a phone number/);
    expect(await page.locator('#e-amountPaid').innerText()).toBe('Amount paid cannot be negative');
    expect(pathOf(page)).toBe('/contacts/new');

    await page.getByLabel('Phone', { exact: true }).fill('(312) 555-0166');
    await page.getByLabel('Amount paid').fill('1500');
    await page.getByTestId('save-contact').click();
    await page.getByTestId('contact-saved').waitFor();
    expect(await page.getByTestId('contact-balance').innerText()).toBe('$4,900.00 of $6,400.00');
    expect(await page.getByTestId('contact-plot').innerText()).toContain('Section C, row 4, plot 11');

    await page.getByLabel('Amount paid').fill('6400');
    await page.getByLabel('Veteran').selectOption('yes');
    await page.getByTestId('save-contact').click();
    await page.getByTestId('contact-balance').getByText('$0.00 of $6,400.00').waitFor();
    expect(await page.getByLabel('Veteran').inputValue()).toBe('yes');

    await openHydrated(page, '/contacts?q=Teodora+Lindquist');
    expect(await page.getByTestId('contacts-table').innerText()).toContain('Theodora Lindqvist');
  });

  it('merges two contacts that are the same person, keeping the notes of both', async () => {
    const create = async (name: string, extra: Record<string, string>) => {
      await openHydrated(page, '/contacts/new');
      await page.getByLabel('Name', { exact: true }).first().fill(name);
      for (const [field, value] of Object.entries(extra)) await page.getByLabel(field, { exact: true }).fill(value);
      await page.getByTestId('save-contact').click();
      await page.getByTestId('contact-saved').waitFor();
      await page.getByLabel('Details', { exact: true }).fill(`Note for ${name}`);
      await page.getByTestId('add-note').click();
      await page.getByTestId('timeline').getByText(`Note for ${name}`).waitFor();
      return page.url();
    };
    await create('Walt Brennan', { Phone: '312-555-0177' });
    const kept = await create('Walter Brennan', { Phone: '312 555 0177', Email: 'walter.brennan@example.com' });
    await page.goto(kept, { waitUntil: 'networkidle' });
    await page.getByTestId('duplicates').getByText('Walt Brennan').waitFor();
    await page.getByTestId('duplicates').getByRole('button', { name: 'Merge into this contact' }).click();
    await page.getByRole('alertdialog').getByText('This cannot be undone').waitFor();
    await page.getByTestId('confirm-merge').click();
    await page.getByTestId('merged').waitFor();
    const timeline = await page.getByTestId('timeline').innerText();
    expect(timeline).toContain('Note for Walt Brennan');
    expect(timeline).toContain('Note for Walter Brennan');
    expect(timeline).toContain('Merged with Walt Brennan');
    expect(await page.getByTestId('duplicates').count()).toBe(0);
  });

  it('marks an urgent call back done from the dashboard', async () => {
    await openHydrated(page, '/calls/simulate');
    await page.getByTestId('start-simulated-call').click();
    await page.waitForURL((url) => /^\/calls\/[0-9a-f-]{36}$/.test(url.pathname), { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await say('Hello? My wife just died at home, about an hour ago. Hospice told me to call you.');
    await say("Her name is Linda Park. I'm Steven Park. My number is 415 555 0123.");
    await page.getByTestId('hang-up').click();
    await page.getByTestId('call-stage').getByText('Urgent').waitFor({ timeout: 60_000 });

    await openHydrated(page, '/');
    expect(await page.getByTestId('urgent-waiting').innerText()).toContain('Steven Park');
    const task = page.getByTestId('tasks-due').locator('li', { hasText: 'Call back (urgent)' });
    await task.getByTestId('task-done').click();
    await page.getByTestId('urgent-waiting').waitFor({ state: 'detached' });
    expect(await page.getByTestId('tasks-due').locator('li', { hasText: 'Call back (urgent)' }).count()).toBe(0);
    await openHydrated(page, '/calls?view=callback');
    await page.getByTestId('calls-empty').waitFor();
  });

  it('switches to another organization the same person belongs to, and back', async () => {
    const db = createDatabase({ url: system.databaseUrl, maxConnections: 1 });
    try {
      const other = await insertTenant(db, { name: 'Lakeside Cemetery', slug: 'lakeside-e2e', isDemo: false, settings: defaultTenantSettings('America/New_York') });
      const owner = await findUserByEmail(db, system.demoOwner.email);
      await upsertMembership(db, { tenantId: other.id, userId: owner!.id, role: 'staff' });
    } finally {
      await db.destroy();
    }
    await openHydrated(page, '/contacts');
    const home = await page.getByTestId('org-name').innerText();
    await page.getByLabel('Switch organization').selectOption({ label: 'Lakeside Cemetery' });
    await page.getByRole('button', { name: 'Switch' }).click();
    await page.getByTestId('org-name').getByText('Lakeside Cemetery').waitFor();
    expect(await page.getByTestId('user-role').innerText()).toBe('Staff');
    await openHydrated(page, '/contacts');
    await page.getByTestId('contacts-empty').waitFor();
    await page.getByLabel('Switch organization').selectOption({ label: home });
    await page.getByRole('button', { name: 'Switch' }).click();
    await page.getByTestId('org-name').getByText(home).waitFor();
    await openHydrated(page, '/contacts');
    expect(await page.getByTestId('contacts-table').innerText()).toContain('Theodora Lindqvist');
  });

  it('has no serious accessibility problem on any page, at desktop or phone width', async () => {
    await openHydrated(page, '/contacts');
    const contactPath = await page.getByTestId('contacts-table').locator('a').first().getAttribute('href');
    await openHydrated(page, '/calls');
    const callPath = await page.getByTestId('calls-table').locator('tbody a').first().getAttribute('href');
    const pages: Array<[string, string]> = [
      ['/', 'dashboard'],
      ['/calls', 'calls'],
      [callPath!, 'call'],
      ['/calls/simulate', 'simulate-call'],
      ['/contacts', 'contacts'],
      ['/contacts/new', 'contact-new'],
      [contactPath!, 'contact'],
      ['/calendar', 'calendar'],
      ['/billing', 'billing'],
    ];
    const problems: string[] = [];
    for (const [pagePath, name] of pages) problems.push(...(await checkPage(browser, page, pagePath, name)));
    expect(problems).toEqual([]);
  });
});
