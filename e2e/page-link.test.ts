import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ROTA } from '../domain/knowledge/sample-organization.js';
import { openHydrated } from './support/navigation.js';
import { checkPage, checkPublicPage, screenshotPath, WIDTHS } from './support/page-checks.js';
import { signIn } from './support/sign-in.js';
import { startBrowserTest, type BrowserTest } from './support/start-test-system.js';

// The demo organization's rota, as `npm start` seeds it: the primary is paged first.
const primary = SAMPLE_ROTA[0]!;

let test: BrowserTest;
/** The demo owner at the office, signed in for the whole file. */
let staff: Page;

beforeAll(async () => {
  test = await startBrowserTest();
  staff = await test.newPage();
  await signIn(staff, test.system.demoOwner);
});

afterAll(() => test?.stop());

async function say(text: string) {
  const turns = await staff.getByTestId('transcript').locator('li').count();
  await staff.getByLabel('Say as the caller').fill(text);
  await staff.getByTestId('say').click();
  await expect.poll(() => staff.getByTestId('transcript').locator('li').count(), { timeout: 60_000, interval: 200 }).toBeGreaterThanOrEqual(turns + 2);
}

/** The token of the page link texted to this number, once the page has gone out. */
async function pageLinkTextedTo(toPhone: string): Promise<string> {
  let body: string | undefined;
  await expect
    .poll(
      async () => {
        const texts = await test.db.selectFrom('sms_outbox').select('body').where('to_phone', '=', toPhone).where('purpose', '=', 'page').orderBy('created_at', 'desc').execute();
        body = texts.find((text) => text.body.includes('/page/'))?.body;
        return body !== undefined;
      },
      { timeout: 60_000, interval: 250 },
    )
    .toBe(true);
  const link = new RegExp(`${test.system.urls.web.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/page/([A-Za-z0-9_-]+)`).exec(body!);
  if (!link) throw new Error(`no link to ${test.system.urls.web}/page/ in: ${body}`);
  return link[1]!;
}

describe('a first call pages the director on call', () => {
  it('texts the primary a link they open on a phone to take the call, and the office sees it taken', async () => {
    await openHydrated(staff, '/calls');
    await staff.getByTestId('simulate-call').click();
    await staff.waitForURL((url) => url.pathname === '/calls/simulate');
    await staff.getByLabel(/Caller's number/).fill('+14155550123');
    await staff.getByTestId('start-simulated-call').click();
    await staff.waitForURL((url) => /^\/calls\/[0-9a-f-]{36}$/.test(url.pathname), { timeout: 60_000 });
    const callPath = new URL(staff.url()).pathname;
    await staff.waitForLoadState('networkidle');
    await say('Hello? My wife just died at home, about an hour ago. Hospice told me to call you.');
    await say("Her name is Linda Park. I'm Steven Park.");
    await staff.getByTestId('hang-up').click();
    await staff.getByTestId('call-stage').getByText('Urgent').waitFor({ timeout: 60_000 });

    const token = await pageLinkTextedTo(primary.phone);
    const phone = await test.newPage(WIDTHS.phone);
    await openHydrated(phone, `/page/${token}`);
    expect(await phone.getByTestId('page-title').innerText()).toBe('First call: Linda Park');
    expect(await phone.getByTestId('page-promise').innerText()).toMatch(/^The family was promised a call back by \d{1,2}:\d{2} [AP]M\.$/);
    expect(await phone.getByTestId('sheet-where').innerText()).toContain('At home');
    expect(await phone.getByTestId('sheet-caller').innerText()).toContain('Steven Park');
    expect(await phone.getByTestId('sheet-caller').locator('a[href="tel:+14155550123"]').count()).toBe(1);
    expect(await phone.getByTestId('page-sent-to').innerText()).toContain(primary.name);
    await phone.getByTestId('page-waiting').waitFor();
    expect(await checkPublicPage(test.browser, test.system.urls.web, `/page/${token}`, 'page-link')).toEqual([]);

    await phone.getByRole('button', { name: "I'm on it" }).click();
    await phone.getByTestId('page-owned').getByText('You have this call').waitFor();
    expect(await phone.getByTestId('call-family').getAttribute('href')).toBe('tel:+14155550123');
    await phone.getByRole('button', { name: "I've called the family" }).waitFor();
    await phone.screenshot({ path: await screenshotPath('page-link-taken-phone'), fullPage: true });

    // Whoever else opens a link of this page is told who has it.
    await expect
      .poll(async () => {
        await openHydrated(staff, callPath);
        return staff.getByTestId('page-status').innerText();
      }, { timeout: 30_000, interval: 500 })
      .toContain(`${primary.name} has it`);
    expect(await staff.getByTestId('call-kind').innerText()).toBe('First call');
    expect(await staff.getByTestId('page-steps').innerText()).toContain(`${primary.name} took it`);
    expect(await staff.getByTestId('first-call-sheet').innerText()).toContain('Linda Park');
    expect(await checkPage(test.browser, staff, callPath, 'call-paged')).toEqual([]);

    await openHydrated(staff, '/calls');
    expect(await staff.getByTestId('calls-table').locator('tbody tr').first().getByTestId('call-kind').innerText()).toBe('First call');

    await phone.getByRole('button', { name: "I've called the family" }).click();
    await phone.getByTestId('page-called-back').waitFor();
    await expect
      .poll(async () => {
        await openHydrated(staff, callPath);
        return staff.getByTestId('page-status').innerText();
      }, { timeout: 30_000, interval: 500 })
      .toContain(`by ${primary.name}`);
    expect(await staff.getByTestId('log-call-back').count()).toBe(0);
    await openHydrated(phone, `/page/${token}`);
    expect(await phone.getByTestId('page-closed').innerText()).toContain('This page is closed');
  });
});
