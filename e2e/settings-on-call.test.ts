import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { latestLink } from '../testing/email-outbox.js';
import { openHydrated } from './support/navigation.js';
import { checkPage, screenshotPath } from './support/page-checks.js';
import { signIn } from './support/sign-in.js';
import { startBrowserTest, type BrowserTest } from './support/start-test-system.js';

/** The narrowest phone staff are likely to open Settings on. */
const NARROW_PHONE = { width: 375, height: 812 };

let test: BrowserTest;
/** The demo owner, signed in for the whole file; the demo rota is Ana Ruiz, James Okafor and Evelyn Hart, every day, all day. */
let owner: Page;

beforeAll(async () => {
  test = await startBrowserTest();
  owner = await (await test.browser.newContext({ baseURL: test.system.urls.web })).newPage();
  await signIn(owner, test.system.demoOwner);
});

afterEach(() => test.closePages());

afterAll(() => test?.stop());

const section = (page: Page, heading: string): Locator => page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });
const rotaRow = (page: Page, name: string): Locator => page.getByTestId('rota-entry').filter({ hasText: name });

/** The same signed-in owner in a browser as narrow as a small phone. */
async function ownerOnNarrowPhone(): Promise<Page> {
  const page = await test.newPage(NARROW_PHONE);
  await page.context().addCookies(await owner.context().cookies());
  return page;
}

/** The owner invites a colleague as Staff, who joins from the emailed link in a browser of their own. */
async function staffColleague(email: string, name: string): Promise<Page> {
  await openHydrated(owner, '/settings');
  await owner.getByLabel('Their email').fill(email);
  await owner.getByLabel('Role', { exact: true }).selectOption({ label: 'Staff' });
  await owner.getByTestId('send-invitation').click();
  await owner.getByTestId('invited').waitFor();
  const { token } = await latestLink(test.db, email, 'invitation', test.system.urls.web);
  const page = await test.newPage();
  await openHydrated(page, `/invite/${token}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Choose a password').fill('quiet-harbor-stone');
  await page.getByTestId('accept-invitation').click();
  await page.waitForURL((url) => url.pathname === '/');
  return page;
}

describe('the on-call rota in Settings', () => {
  it('lets the owner add a primary and a backup, change the hours, fix a phone number told wrong beside it, and remove someone', async () => {
    await openHydrated(owner, '/settings/on-call');
    expect(await owner.getByTestId('rota-explained').innerText()).toMatch(/don't answer within 5 minutes, the next person is texted, and the family is promised a call back within 15 minutes\.$/);
    expect(await owner.getByTestId('on-call-now').innerText()).toContain('Ana Ruiz');

    const add = section(owner, 'Add someone to the rota');
    await add.getByLabel('Name').fill('Maria Lopez');
    await add.getByLabel('Mobile number').fill('(312) 555-0142');
    await add.getByLabel('Role').selectOption({ label: 'Primary' });
    await add.getByLabel('Saturday').uncheck();
    await add.getByLabel('Sunday').uncheck();
    await add.getByLabel('From').fill('17:00');
    await add.getByLabel('Until').fill('08:00');
    expect(await add.getByTestId('hours-chosen').innerText()).toBe('On call: Monday to Friday, 5:00 PM to 8:00 AM the next morning.');
    await add.getByTestId('save-rota-entry').click();
    await owner.getByTestId('rota-added').getByText('Maria Lopez is on the rota.').waitFor();
    expect(await rotaRow(owner, 'Maria Lopez').innerText()).toContain('(312) 555-0142');
    expect(await rotaRow(owner, 'Maria Lopez').getByTestId('rota-when').innerText()).toBe('Monday to Friday, 5:00 PM to 8:00 AM the next morning');
    // The add form is empty again for the next person.
    expect(await add.getByLabel('Name').inputValue()).toBe('');

    await add.getByLabel('Name').fill('Daniel Brooks');
    await add.getByLabel('Mobile number').fill('12');
    await add.getByLabel('Role').selectOption({ label: 'Backup' });
    await add.getByTestId('save-rota-entry').click();
    await owner.locator('#rota-new-phone-error').getByText('That does not look like a mobile number. Type it with the area code, for example (312) 555-0142.').waitFor();
    expect(await add.getByLabel('Mobile number').getAttribute('aria-invalid')).toBe('true');
    expect(await add.getByLabel('Name').inputValue()).toBe('Daniel Brooks');
    await owner.screenshot({ path: await screenshotPath('settings-on-call-phone-error'), fullPage: true });
    await add.getByLabel('Mobile number').fill('(312) 555-0199');
    await add.getByTestId('save-rota-entry').click();
    await owner.getByTestId('rota-added').getByText('Daniel Brooks is on the rota.').waitFor();
    expect(await rotaRow(owner, 'Daniel Brooks').getByTestId('rota-role').innerText()).toBe('Backup');
    expect(await rotaRow(owner, 'Daniel Brooks').getByTestId('rota-when').innerText()).toBe('Every day, all day');

    await owner.getByRole('button', { name: 'Edit Maria Lopez' }).click();
    const editing = owner.getByTestId('rota-entry-editing');
    await editing.getByLabel('From').fill('18:00');
    await editing.getByLabel('Until').fill('00:00');
    expect(await editing.getByTestId('hours-chosen').innerText()).toBe('On call: Monday to Friday, 6:00 PM to midnight.');
    await owner.screenshot({ path: await screenshotPath('settings-on-call-editing'), fullPage: true });
    await editing.getByTestId('save-rota-entry').click();
    await owner.getByTestId('rota-saved').getByText("Saved Maria Lopez's hours.").waitFor();
    expect(await owner.getByTestId('rota-entry-editing').count()).toBe(0);
    expect(await rotaRow(owner, 'Maria Lopez').getByTestId('rota-when').innerText()).toBe('Monday to Friday, 6:00 PM to midnight');

    await rotaRow(owner, 'Daniel Brooks').getByTestId('remove').click();
    const dialog = owner.getByRole('alertdialog');
    await dialog.getByText('Take Daniel Brooks off the rota?').waitFor();
    await dialog.getByTestId('confirm-remove').click();
    await owner.getByTestId('rota-removed').getByText('Daniel Brooks will no longer be texted about calls.').waitFor();
    expect(await owner.getByTestId('rota').innerText()).not.toContain('Daniel Brooks');
    expect(await owner.getByTestId('rota').innerText()).toContain('Maria Lopez');
  });

  it('lets the owner change how long a page waits, and says so beside a number it cannot take', async () => {
    await openHydrated(owner, '/settings/on-call');
    const paging = owner.getByTestId('paging-form');
    await paging.getByLabel('Minutes to answer a page').fill('90');
    await owner.getByTestId('save-paging').click();
    await owner.locator('#acknowledge-minutes-error').getByText('Enter a whole number of minutes, from 1 to 60.').waitFor();
    await paging.getByLabel('Minutes to answer a page').fill('7');
    await paging.getByLabel('Minutes to call the family back').fill('20');
    await owner.getByTestId('save-paging').click();
    await owner.getByTestId('paging-saved').waitFor();
    expect(await owner.getByTestId('rota-explained').innerText()).toContain("if they don't answer within 7 minutes");
    expect(await owner.getByTestId('rota-explained').innerText()).toContain('a call back within 20 minutes');
  });

  it('looks right and has no serious accessibility problem at desktop and phone widths, 375 pixels included', async () => {
    expect(await checkPage(test.browser, owner, '/settings/on-call', 'settings-on-call')).toEqual([]);
    const phone = await ownerOnNarrowPhone();
    await openHydrated(phone, '/settings/on-call');
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(NARROW_PHONE.width);
    await phone.screenshot({ path: await screenshotPath('settings-on-call-375'), fullPage: true });
    await phone.getByRole('button', { name: 'Edit Ana Ruiz' }).click();
    await phone.getByTestId('rota-entry-editing').waitFor();
    // The form opens with the keyboard in its first field.
    expect(await phone.evaluate<string | null>("document.activeElement?.getAttribute('name') ?? null")).toBe('name');
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(NARROW_PHONE.width);
    await phone.getByTestId('rota-entry-editing').screenshot({ path: await screenshotPath('settings-on-call-editing-375') });
  });

  it('shows a staff member the rota, the price list and the answers, with nothing to change them', async () => {
    const staff = await staffColleague('nadia.osei@example.com', 'Nadia Osei');
    await openHydrated(staff, '/settings/on-call');
    expect(await staff.getByTestId('rota').innerText()).toContain('Ana Ruiz');
    expect(await staff.getByTestId('on-call-now').innerText()).toContain('Ana Ruiz');
    expect(await staff.getByTestId('paging').innerText()).toContain('minutes');
    await staff.getByTestId('rota-read-only').waitFor();
    for (const control of ['edit', 'remove', 'rota-form', 'paging-form']) expect(await staff.getByTestId(control).count()).toBe(0);
    expect(await staff.getByRole('textbox').count()).toBe(0);
    await staff.screenshot({ path: await screenshotPath('settings-on-call-staff'), fullPage: true });

    await openHydrated(staff, '/settings/prices');
    expect(await staff.getByTestId('prices').innerText()).toContain('Direct cremation with an alternative container');
    await staff.getByTestId('prices-read-only').waitFor();
    for (const control of ['edit', 'remove', 'price-form']) expect(await staff.getByTestId(control).count()).toBe(0);

    await openHydrated(staff, '/settings/knowledge');
    expect(await staff.getByTestId('entries').innerText()).toContain('2140 Evergreen Avenue');
    await staff.getByTestId('knowledge-read-only').waitFor();
    for (const control of ['edit', 'remove', 'knowledge-form', 'service-form']) expect(await staff.getByTestId(control).count()).toBe(0);
  });
});

describe('the price list and what the agent knows', () => {
  it('lets the owner change a price in dollars and an answer the agent gives, and add a public service', async () => {
    await openHydrated(owner, '/settings/prices');
    expect(await owner.getByTestId('prices-explained').innerText()).toContain('without having to give their name');
    expect(await owner.getByTestId('price-item').filter({ hasText: 'Caskets' }).getByTestId('price-amount').innerText()).toBe('from $995.00');
    const cremation = owner.getByTestId('price-item').filter({ hasText: 'Direct cremation with an alternative container' });
    expect(await cremation.getByTestId('price-amount').innerText()).toBe('$1,895.00');
    await owner.getByRole('button', { name: 'Edit Direct cremation with an alternative container' }).click();
    const editingPrice = owner.getByTestId('price-item-editing');
    expect(await editingPrice.getByLabel('Price in dollars').inputValue()).toBe('1,895.00');
    await editingPrice.getByLabel('Price in dollars').fill('about two thousand');
    await editingPrice.getByTestId('save-price').click();
    await editingPrice.getByText('Enter the price in dollars and cents, for example 1,895.00.').waitFor();
    await editingPrice.getByLabel('Price in dollars').fill('$1,995.50');
    await editingPrice.getByTestId('save-price').click();
    await owner.getByTestId('price-saved').waitFor();
    expect(await cremation.getByTestId('price-amount').innerText()).toBe('$1,995.50');

    const addPrice = section(owner, 'Add an item');
    await addPrice.getByLabel('Item').fill('Memorial folders, per hundred');
    await addPrice.getByLabel('Price in dollars').fill('85');
    await addPrice.getByTestId('save-price').click();
    await owner.getByTestId('price-added').getByText('Memorial folders, per hundred is on the price list.').waitFor();
    const folders = owner.getByTestId('price-item').filter({ hasText: 'Memorial folders, per hundred' });
    expect(await folders.getByTestId('price-amount').innerText()).toBe('$85.00');
    // A code made from the item; a second item with it is refused beside the code.
    expect(await folders.innerText()).toContain('memorial-folders-per-hundred');
    await addPrice.getByLabel('Item').fill('Memorial folders');
    await addPrice.getByLabel('Price in dollars').fill('90');
    await addPrice.getByLabel('Code').fill('memorial-folders-per-hundred');
    await addPrice.getByTestId('save-price').click();
    await owner.locator('#price-new-code-error').getByText('Another item on the list already has this code. Choose a different one.').waitFor();
    expect(await checkPage(test.browser, owner, '/settings/prices', 'settings-prices')).toEqual([]);

    await openHydrated(owner, '/settings/knowledge');
    const parking = owner.getByTestId('knowledge-entry').filter({ hasText: 'Parking' });
    await owner.getByRole('button', { name: 'Edit the answer about parking' }).click();
    const editingAnswer = owner.getByTestId('knowledge-entry-editing');
    await editingAnswer.getByLabel('What the agent says').fill('Free, in the lot behind the chapel; the entrance is on Oak Street.');
    await editingAnswer.getByTestId('save-knowledge').click();
    await owner.getByTestId('entry-saved').getByText('Saved the answer about parking.').waitFor();
    expect(await parking.getByTestId('entry-answer').innerText()).toBe('Free, in the lot behind the chapel; the entrance is on Oak Street.');

    // A question of its own: the box for it appears once "another question" is chosen.
    const addAnswer = owner.getByTestId('knowledge-form').last();
    expect(await addAnswer.getByLabel('The question callers ask').count()).toBe(0);
    await addAnswer.getByLabel('About').selectOption({ label: 'Another question' });
    await addAnswer.getByLabel('The question callers ask').fill('Do you offer livestreaming of services?');
    await addAnswer.getByLabel('What the agent says').fill('Yes. We can stream any service in our chapel; the family shares the link.');
    await addAnswer.getByTestId('save-knowledge').click();
    await owner.getByTestId('entry-saved').getByText('Saved the answer.').waitFor();
    expect(await owner.getByTestId('entries').getByTestId('entry-topic').allInnerTexts()).toContain('Do you offer livestreaming of services?');

    const addService = section(owner, 'Services the agent may mention');
    await addService.getByLabel('Whose service').fill('Linda Park');
    await addService.getByLabel('Service', { exact: true }).selectOption({ label: 'Funeral' });
    await addService.getByLabel('Date and time').fill('2027-01-15T11:00');
    await addService.getByLabel('Place').fill("St. Mary's Church, 15 Elm Street");
    await addService.getByTestId('save-service').click();
    await owner.getByTestId('service-saved').getByText('Saved the service for Linda Park.').waitFor();
    const service = owner.getByTestId('public-service').filter({ hasText: 'Linda Park' });
    expect(await service.innerText()).toContain('Funeral for Linda Park');
    expect(await service.innerText()).toContain('Fri, Jan 15, 2027, 11:00 AM');
    expect(await service.innerText()).toContain('Published');
    expect(await checkPage(test.browser, owner, '/settings/knowledge', 'settings-knowledge')).toEqual([]);

    const phone = await ownerOnNarrowPhone();
    for (const [path, name] of [['/settings/prices', 'settings-prices-375'], ['/settings/knowledge', 'settings-knowledge-375']] as const) {
      await openHydrated(phone, path);
      expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(NARROW_PHONE.width);
      await phone.screenshot({ path: await screenshotPath(name), fullPage: true });
    }
  });
});
