import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createOrganizationWithMember, type TestMember } from '../testing/organizations.js';
import { openHydrated } from './support/navigation.js';
import { checkPage, screenshotPath, seriousViolations, WIDTHS } from './support/page-checks.js';
import { signIn } from './support/sign-in.js';
import { startBrowserTest, type BrowserTest } from './support/start-test-system.js';

/** The narrowest phone staff are likely to open Settings on. */
const NARROW_PHONE = { width: 375, height: 812 };
const ORGANIZATION = '/settings/organization';

let test: BrowserTest;
/** A new organization of its own, with the settings every organization starts with: Central Time, the United States, 9 to 5 on weekdays, 9 to 3 on Saturday, closed on Sunday. */
let owner: TestMember;
/** Its owner, signed in for the whole file. */
let ownerPage: Page;
/** Contexts opened here rather than by `test.newPage`: closed after each test. */
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  test = await startBrowserTest();
  owner = await createOrganizationWithMember(test.db, { name: 'Evergreen Funeral Home' });
  ownerPage = await (await test.browser.newContext({ baseURL: test.system.urls.web })).newPage();
  await signIn(ownerPage, owner);
});

afterEach(async () => {
  await test.closePages();
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(() => test?.stop());

const day = (page: Page, name: string): Locator => page.getByRole('group', { name, exact: true });
const nameBox = (page: Page): Locator => page.getByLabel('Name', { exact: true });
const bufferBox = (page: Page): Locator => page.getByLabel('Buffer between appointments');

/** The same signed-in owner in a browser of its own: as narrow as a small phone, or with axe allowed in (the site's CSP rightly refuses it). */
async function ownerAgain(options: { viewport?: { width: number; height: number }; axe?: boolean }): Promise<Page> {
  const context = await test.browser.newContext({ baseURL: test.system.urls.web, viewport: options.viewport ?? WIDTHS.desktop, bypassCSP: options.axe ?? false });
  contexts.push(context);
  await context.addCookies(await ownerPage.context().cookies());
  return context.newPage();
}

/** The organization as saved, read past the UI. */
const stored = () => test.db.selectFrom('tenants').select(['name', 'country']).where('id', '=', owner.tenant.id).executeTakeFirstOrThrow();

describe('the organization in Settings', () => {
  it("lets the owner change the name, the country, Sunday's hours and the buffer, which are still there after a reload", async () => {
    const page = ownerPage;
    await openHydrated(page, ORGANIZATION);
    const tab = page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Organization', exact: true });
    expect(await tab.getAttribute('aria-current')).toBe('page');
    expect(await page.getByText('The agent answers: “Thank you for calling Evergreen Funeral Home.”').count()).toBe(1);
    expect(await page.getByLabel('Time zone').inputValue()).toBe('America/Chicago');
    // The zone is named with its offset today: GMT-5 in summer, GMT-6 in winter.
    expect(await page.getByLabel('Time zone').locator('option:checked').innerText()).toMatch(/^Chicago — Central Time \(GMT-[56]\)$/);
    expect(await page.getByLabel('Country').inputValue()).toBe('US');
    // Minutes from an hour on are said in hours beside the box too, as they are typed.
    const notice = page.locator('.unit-input', { has: page.getByLabel('Minimum notice') });
    expect(await notice.getByLabel('Minimum notice').inputValue()).toBe('120');
    expect(await notice.innerText()).toMatch(/^minutes\s+\(2 hours\)$/);
    await notice.getByLabel('Minimum notice').fill('90');
    expect(await notice.innerText()).toMatch(/^minutes\s+\(1½ hours\)$/);
    await notice.getByLabel('Minimum notice').fill('45');
    expect(await notice.innerText()).toBe('minutes');
    await notice.getByLabel('Minimum notice').fill('120');
    // A closed day shows no times until it is opened.
    expect(await day(page, 'Sunday').getByLabel('Closed').isChecked()).toBe(true);
    expect(await day(page, 'Sunday').getByLabel('Opens').isVisible()).toBe(false);

    await nameBox(page).fill('Evergreen Memorial Chapel');
    await page.getByLabel('Country').selectOption({ label: 'Canada' });
    await day(page, 'Sunday').getByLabel('Closed').uncheck();
    await day(page, 'Sunday').getByLabel('Opens').fill('12:00');
    await day(page, 'Sunday').getByLabel('Closes').fill('16:00');
    await bufferBox(page).fill('15');
    await page.getByTestId('save-organization').click();
    await page.getByTestId('organization-saved').getByText('Saved. The next call uses these settings.').waitFor();
    await page.screenshot({ path: await screenshotPath('settings-organization-saved'), fullPage: true });

    await page.reload({ waitUntil: 'networkidle' });
    expect(await nameBox(page).inputValue()).toBe('Evergreen Memorial Chapel');
    expect(await page.getByText('The agent answers: “Thank you for calling Evergreen Memorial Chapel.”').count()).toBe(1);
    expect(await page.getByLabel('Country').inputValue()).toBe('CA');
    expect(await day(page, 'Sunday').getByLabel('Closed').isChecked()).toBe(false);
    expect(await day(page, 'Sunday').getByLabel('Opens').inputValue()).toBe('12:00');
    expect(await day(page, 'Sunday').getByLabel('Closes').inputValue()).toBe('16:00');
    expect(await day(page, 'Monday').getByLabel('Opens').inputValue()).toBe('09:00');
    expect(await bufferBox(page).inputValue()).toBe('15');
    expect(await page.getByTestId('organization-saved').count()).toBe(0);
    expect(await stored()).toEqual({ name: 'Evergreen Memorial Chapel', country: 'CA' });
  });

  it('says beside Monday that it closes before it opens, keeps what was typed, and saves nothing', async () => {
    // axe is let in to check the page as it shows the mistake.
    const page = await ownerAgain({ axe: true });
    await openHydrated(page, ORGANIZATION);
    const buffer = await bufferBox(page).inputValue();
    const monday = day(page, 'Monday');
    await monday.getByLabel('Opens').fill('17:00');
    await monday.getByLabel('Closes').fill('09:00');
    await bufferBox(page).fill(buffer === '45' ? '50' : '45');
    const typedBuffer = await bufferBox(page).inputValue();
    await page.getByTestId('save-organization').click();

    await monday.getByText('The closing time must be later than the opening time.').waitFor();
    for (const time of ['Opens', 'Closes']) {
      expect(await monday.getByLabel(time).getAttribute('aria-invalid')).toBe('true');
      expect(await monday.getByLabel(time).getAttribute('aria-describedby')).toBe('businessHours-monday-error');
    }
    // Only Monday is wrong, and the line by the Save button says where to look.
    expect(await page.locator('.field-error').count()).toBe(1);
    const notSaved = await page.getByTestId('organization-not-saved').innerText();
    expect(notSaved).toMatch(/^Nothing was saved\. Please look again at:\s+Monday's hours$/);
    // Its link goes to Monday's first box, ready to type in.
    await page.getByTestId('organization-not-saved').getByRole('link', { name: "Monday's hours" }).click();
    expect(await page.evaluate<string | null>('document.activeElement?.id ?? null')).toBe('businessHours-monday-open');
    expect(await page.getByTestId('organization-saved').count()).toBe(0);
    expect(await monday.getByLabel('Opens').inputValue()).toBe('17:00');
    expect(await monday.getByLabel('Closes').inputValue()).toBe('09:00');
    expect(await bufferBox(page).inputValue()).toBe(typedBuffer);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: await screenshotPath('settings-organization-error'), fullPage: true });

    await page.reload({ waitUntil: 'networkidle' });
    expect(await monday.getByLabel('Opens').inputValue()).toBe('09:00');
    expect(await monday.getByLabel('Closes').inputValue()).toBe('17:00');
    expect(await bufferBox(page).inputValue()).toBe(buffer);
  });

  it('shows a staff member the settings in words, with nothing to change them', async () => {
    const staff = await addMember(test.db, owner.tenant, 'staff', { name: 'Nadia Osei' });
    const page = await test.newPage();
    await signIn(page, staff);
    await openHydrated(page, ORGANIZATION);
    const { name, country } = await stored();
    expect(await page.getByTestId('organization-read-only').innerText()).toBe(`Only an owner or an admin of ${name} can change them.`);
    const organization = await page.getByTestId('organization').innerText();
    expect(organization).toContain(name);
    expect(organization).toContain(new Intl.DisplayNames(['en'], { type: 'region' }).of(country));
    expect(organization).toMatch(/Chicago — Central Time/);
    expect(await page.getByTestId('opening-hours').innerText()).toMatch(/Monday\s+9:00 AM to 5:00 PM\s+Tuesday/);
    expect(await page.getByTestId('appointment-rules').innerText()).toMatch(/Minimum notice\s+120 minutes \(2 hours\)/);
    expect(await page.getByTestId('service-durations').innerText()).toMatch(/Viewing\/visitation\s+180 minutes \(3 hours\)/);
    expect(await page.getByTestId('organization-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);
    for (const role of ['textbox', 'combobox', 'checkbox', 'spinbutton'] as const) expect(await page.getByRole(role).count()).toBe(0);
    expect(await checkPage(test.browser, page, ORGANIZATION, 'settings-organization-staff')).toEqual([]);
    const phone = await test.newPage(NARROW_PHONE);
    await phone.context().addCookies(await page.context().cookies());
    await openHydrated(phone, ORGANIZATION);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(NARROW_PHONE.width);
    await phone.screenshot({ path: await screenshotPath('settings-organization-staff-375'), fullPage: true });
  });

  it('looks right and has no serious accessibility problem at desktop and phone widths, 375 pixels included', async () => {
    expect(await checkPage(test.browser, ownerPage, ORGANIZATION, 'settings-organization')).toEqual([]);
    const phone = await ownerAgain({ viewport: NARROW_PHONE });
    await openHydrated(phone, ORGANIZATION);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(NARROW_PHONE.width);
    await phone.screenshot({ path: await screenshotPath('settings-organization-375'), fullPage: true });
    // Every day open, each with its two times: still no sideways scroll.
    for (const closed of await phone.getByLabel('Closed').all()) await closed.uncheck();
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(NARROW_PHONE.width);
    await phone.locator('section', { has: phone.getByRole('heading', { name: 'Opening hours' }) }).screenshot({ path: await screenshotPath('settings-organization-hours-375') });
  });
});
