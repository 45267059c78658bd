import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openHydrated, pathOf } from './support/navigation.js';
import { checkPage, screenshotPath, WIDTHS } from './support/page-checks.js';
import { signIn } from './support/sign-in.js';
import { startBrowserTest, type BrowserTest } from './support/start-test-system.js';

/** The narrowest phone a director is likely to open a call on. */
const NARROW_PHONE = { width: 375, height: 812 };

let test: BrowserTest;
/** The demo owner at the office, signed in for the whole file. */
let staff: Page;
/** The call view of the simulated first call, which paged the director on call. */
let firstCallPath: string;

beforeAll(async () => {
  test = await startBrowserTest();
  staff = await (await test.browser.newContext({ baseURL: test.system.urls.web, viewport: WIDTHS.desktop })).newPage();
  await signIn(staff, test.system.demoOwner);
});

// One first call and one price question, simulated through the real call workflow as staff would.
beforeAll(async () => {
  firstCallPath = await simulateCall('+14155550123', [
    'Hello? My wife just died at home, about an hour ago. Hospice told me to call you.',
    "Her name is Linda Park. I'm Steven Park.",
  ]);
  await openWhen(firstCallPath, async () => (await staff.getByTestId('page-status').count()) === 1);
  await simulateCall('+13125550161', ['Hi, what would a direct cremation cost with you?']);
});

afterEach(() => test.closePages());

afterAll(() => test?.stop());

// The calls are made in a hook, where vitest's expect.poll is not allowed: these wait with Playwright.
async function say(text: string) {
  const turns = await staff.getByTestId('transcript').locator('li').count();
  await staff.getByLabel('Say as the caller').fill(text);
  await staff.getByTestId('say').click();
  // The caller's line and the agent's answer arrive through the call's live events.
  await staff.getByTestId('transcript').locator('li').nth(turns + 1).waitFor({ timeout: 60_000 });
}

/** Opens the page again until `ready` holds: what a call leaves behind is written as it ends. */
async function openWhen(pagePath: string, ready: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; ; await staff.waitForTimeout(500)) {
    await openHydrated(staff, pagePath);
    if (await ready()) return;
    if (Date.now() > deadline) throw new Error(`${pagePath} was not ready within ${timeoutMs} ms`);
  }
}

/** Says the caller's lines, hangs up, and waits until the call has been filed under a kind; returns the call's path. */
async function simulateCall(fromPhone: string, lines: string[]): Promise<string> {
  await openHydrated(staff, '/calls/simulate');
  await staff.getByLabel(/Caller's number/).fill(fromPhone);
  await staff.getByTestId('start-simulated-call').click();
  await staff.waitForURL((url) => /^\/calls\/[0-9a-f-]{36}$/.test(url.pathname), { timeout: 60_000 });
  const callPath = pathOf(staff);
  await staff.waitForLoadState('networkidle');
  for (const line of lines) await say(line);
  await staff.getByTestId('hang-up').click();
  await openWhen(callPath, async () => !(await staff.getByTestId('call-stage').innerText()).includes('On the line') && (await staff.getByTestId('call-kind').count()) === 1);
  return callPath;
}

const kindTab = (name: string) => staff.getByTestId('call-kinds').getByRole('link', { name, exact: true });
const kindsListed = async () => staff.getByTestId('calls-table').getByTestId('call-kind').allInnerTexts();

describe('the calls list, by kind', () => {
  it('shows only price questions under "Price question", still after a reload and until Back', async () => {
    await openHydrated(staff, '/calls');
    expect((await kindsListed()).sort()).toEqual(['First call', 'Price question']);
    expect(await kindTab('All kinds').getAttribute('aria-current')).toBe('page');

    await kindTab('Price question').click();
    await staff.waitForURL((url) => url.searchParams.get('kind') === 'price_question');
    await staff.waitForLoadState('networkidle');
    expect(await kindsListed()).toEqual(['Price question']);
    expect(await kindTab('Price question').getAttribute('aria-current')).toBe('page');
    expect(await kindTab('All kinds').getAttribute('aria-current')).toBeNull();

    await staff.reload({ waitUntil: 'networkidle' });
    expect(new URL(staff.url()).search).toBe('?kind=price_question');
    expect(await kindsListed()).toEqual(['Price question']);
    expect(await kindTab('Price question').getAttribute('aria-current')).toBe('page');
    // Narrowing by who still needs a call back keeps the kind chosen.
    expect(await staff.getByRole('navigation', { name: 'Which calls' }).getByRole('link', { name: 'Waiting for a call back' }).getAttribute('href')).toBe(
      '/calls?view=callback&kind=price_question',
    );

    // Back is a navigation in the page: the list follows the address once its data has come.
    await staff.goBack();
    expect(pathOf(staff) + new URL(staff.url()).search).toBe('/calls');
    await expect.poll(async () => (await kindsListed()).sort(), { timeout: 10_000 }).toEqual(['First call', 'Price question']);
    expect(await kindTab('All kinds').getAttribute('aria-current')).toBe('page');
  });

  it('is reached from the keyboard, and a kind with no calls says so', async () => {
    await openHydrated(staff, '/calls');
    await kindTab('First call').focus();
    await staff.keyboard.press('Enter');
    await staff.waitForURL((url) => url.searchParams.get('kind') === 'first_call');
    await staff.waitForLoadState('networkidle');
    expect(await kindsListed()).toEqual(['First call']);

    await kindTab('Booking').click();
    await staff.waitForURL((url) => url.searchParams.get('kind') === 'booking');
    expect(await staff.getByTestId('calls-empty').innerText()).toBe('No calls filed as “Booking” here.');
    await staff.screenshot({ path: await screenshotPath('calls-by-kind-empty'), fullPage: true });
    expect(await checkPage(test.browser, staff, '/calls?kind=price_question', 'calls-by-kind')).toEqual([]);

    const phone = await test.newPage(NARROW_PHONE);
    await phone.context().addCookies(await staff.context().cookies());
    await openHydrated(phone, '/calls?kind=price_question');
    // The kinds wrap onto lines of their own rather than making the page scroll sideways.
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(NARROW_PHONE.width);
    await phone.screenshot({ path: await screenshotPath('calls-by-kind-375'), fullPage: true });
  });
});

describe('a paged call on a phone', () => {
  it('puts the director on call and the first-call sheet above the conversation at 375 px, and beside it on a desktop', async () => {
    const phone = await test.newPage(NARROW_PHONE);
    await phone.context().addCookies(await staff.context().cookies());
    await openHydrated(phone, firstCallPath);
    const top = async (page: Page, id: string) => (await page.locator(`#${id}`).boundingBox())!.y;
    const transcriptTop = await top(phone, 'transcript-heading');
    expect(await top(phone, 'page-heading')).toBeLessThan(transcriptTop);
    expect(await top(phone, 'sheet-heading')).toBeLessThan(transcriptTop);
    expect(await top(phone, 'page-heading')).toBeLessThan(NARROW_PHONE.height);
    // A screen reader meets them in the same order: the page's heading comes first in the document.
    expect(await phone.evaluate<number>("document.getElementById('page-heading').compareDocumentPosition(document.getElementById('transcript-heading')) & Node.DOCUMENT_POSITION_FOLLOWING")).toBeTruthy();
    await phone.screenshot({ path: await screenshotPath('call-paged-375'), fullPage: true });

    await openHydrated(staff, firstCallPath);
    const transcript = (await staff.locator('#transcript-heading').boundingBox())!;
    const paged = (await staff.locator('#page-heading').boundingBox())!;
    expect(paged.x).toBeGreaterThan(transcript.x + transcript.width);
    expect(Math.abs(paged.y - transcript.y)).toBeLessThan(2);
    expect(await checkPage(test.browser, staff, firstCallPath, 'call-paged-by-kind')).toEqual([]);
  });
});
