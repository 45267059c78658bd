import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../devstack/system.js';
import { readCsv } from '../domain/contacts/contact-csv.js';
import { launchBrowser } from './support/launch-browser.js';
import { openHydrated } from './support/navigation.js';
import { checkPage, seriousViolations } from './support/page-checks.js';
import { signIn } from './support/sign-in.js';
import { startTestSystem } from './support/start-test-system.js';

let system: RunningSystem;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL: system.urls.web, acceptDownloads: true });
  page = await context.newPage();
  await signIn(page, system.demoOwner);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

const SCREENSHOTS = path.resolve('test-artifacts/screenshots');

// Row 3 is the one to fix; 246 more families make the file two chunks, so progress has a middle.
const FILLERS = Array.from({ length: 246 }, (_, i) => `Quillfeather Family ${String(i + 1).padStart(3, '0')},,,,,`);
const CSV = [
  'Name,Phone number,E-mail,Deceased,Date of death,Contract amount',
  'Imogen Achterberg,(312) 555-0191,imogen.achterberg@example.com,Pieter Achterberg,2026-11-20,"$6,400.00"',
  'Bad Phone Row,12,not-an-email,,,',
  'Lorcan Achterberg,773 555 0192,,,,"1,250.50"',
  ...FILLERS,
  '',
].join('\r\n');
const GOOD_ROWS = 2 + FILLERS.length;

async function chooseFile(on: Page) {
  await on.getByLabel('Spreadsheet file (CSV)').setInputFiles({ name: 'families.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
}

/** Holds each request a moment, so the progress bar can be seen between chunks. */
async function slowDown(on: Page, pattern: string) {
  await on.route(pattern, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
}

async function namesListed(query: string): Promise<string> {
  const list = await context.newPage();
  try {
    await openHydrated(list, `/contacts?q=${encodeURIComponent(query)}`);
    const text = await list.getByTestId('contacts-empty').or(list.getByTestId('contacts-table')).innerText();
    return text;
  } finally {
    await list.close();
  }
}

describe('importing and exporting contacts as a spreadsheet', () => {
  it('checks the file first, imports the good rows when asked, and exports them again', async () => {
    await openHydrated(page, '/contacts');
    await page.getByRole('link', { name: 'Import from a spreadsheet (CSV)' }).click();
    await page.waitForURL((url) => url.pathname === '/contacts/import');
    await page.waitForLoadState('networkidle');

    await slowDown(page, '**/api/contacts/import/check');
    await chooseFile(page);
    const progress = page.getByTestId('import-progress');
    await progress.getByText('Checking the rows of families.csv').waitFor();
    await page.locator('progress[aria-valuenow="200"][aria-valuemax="249"]').waitFor();
    expect(await progress.innerText()).toContain('200 of 249 rows');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'contacts-import-progress-desktop.png'), fullPage: true });

    const report = page.getByTestId('import-report');
    await report.waitFor();
    await page.unroute('**/api/contacts/import/check');
    expect(await report.getByRole('heading').innerText()).toBe(`${GOOD_ROWS} rows are ready, 1 row needs a second look`);
    const problems = await page.getByTestId('import-problems').innerText();
    expect(problems).toMatch(/Row 3\s+Phone number\s+is not a phone number we can dial/);
    expect(problems).toMatch(/Row 3\s+E-mail\s+is not an email address\s+not-an-email/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'contacts-import-report-desktop.png'), fullPage: true });

    expect(await namesListed('Imogen Achterberg')).toContain('No contact matches');

    await slowDown(page, '**/api/contacts/import');
    await page.getByRole('button', { name: `Import the ${GOOD_ROWS} good rows` }).click();
    await progress.getByText('Adding the contacts from families.csv').waitFor();
    await page.getByTestId('import-done').waitFor();
    await page.unroute('**/api/contacts/import');
    expect(await page.getByTestId('import-done').getByRole('heading').innerText()).toBe(`${GOOD_ROWS} contacts imported`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'contacts-import-done-desktop.png'), fullPage: true });

    await page.getByRole('link', { name: 'See them in the contacts list' }).click();
    await page.waitForURL((url) => url.pathname === '/contacts');
    await openHydrated(page, '/contacts?q=Achterberg&sort=name');
    const listed = await page.getByTestId('contacts-table').innerText();
    expect(listed).toContain('Imogen Achterberg');
    expect(listed).toContain('Lorcan Achterberg');
    expect(listed).not.toContain('Bad Phone Row');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'contacts-import-list-desktop.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export these contacts (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = readCsv(await readFile((await download.path())!, 'utf8')).filter((row) => row.some(Boolean));
    const cell = (row: string[], heading: string) => row[header!.indexOf(heading)];
    expect(rows.map((row) => cell(row, 'Name'))).toEqual(['Imogen Achterberg', 'Lorcan Achterberg']);
    expect([cell(rows[0]!, 'Phone'), cell(rows[0]!, 'Email'), cell(rows[0]!, 'Deceased'), cell(rows[0]!, 'Contract amount')]).toEqual([
      '(312) 555-0191',
      'imogen.achterberg@example.com',
      'Pieter Achterberg',
      '6400.00',
    ]);
    expect(cell(rows[1]!, 'Balance due')).toBe('1250.50');
  });

  it('has no serious accessibility problem while choosing a file or reading the report', async () => {
    const problems = await checkPage(browser, page, '/contacts/import', 'contacts-import');

    // The report, in a context that lets axe in (as checkPage's do), at phone width.
    await mkdir(SCREENSHOTS, { recursive: true });
    const checking = await browser.newContext({ baseURL: system.urls.web, viewport: { width: 390, height: 844 }, bypassCSP: true });
    await checking.addCookies(await context.cookies());
    const phone = await checking.newPage();
    try {
      await openHydrated(phone, '/contacts/import');
      await chooseFile(phone);
      await phone.getByTestId('import-report').waitFor();
      // Imogen's email belongs to the contact the test above imported.
      expect(await phone.getByTestId('import-problems').innerText()).toContain('already a contact: Imogen Achterberg');
      await phone.screenshot({ path: path.join(SCREENSHOTS, 'contacts-import-report-phone.png'), fullPage: true });
      problems.push(...(await seriousViolations(phone)).map((v) => `import report at phone width: ${v}`));
    } finally {
      await checking.close();
    }
    expect(problems).toEqual([]);
  });
});
