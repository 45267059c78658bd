import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../db/database.js';
import { findTenantBySlug } from '../db/queries/tenants.js';
import { DEMO_SLUG } from '../devstack/seed-demo.js';
import type { RunningSystem } from '../devstack/system.js';
import { launchBrowser } from './support/launch-browser.js';
import { pathOf } from './support/navigation.js';
import { signIn, submitSignIn } from './support/sign-in.js';
import { startTestSystem } from './support/start-test-system.js';

let system: RunningSystem | undefined;
let browser: Browser | undefined;
let organizationName: string;
let page: Page;

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  const db = createDatabase({ url: system.databaseUrl, maxConnections: 1 });
  const demo = await findTenantBySlug(db, DEMO_SLUG);
  await db.destroy();
  if (!demo) throw new Error('the system started without its demo organization');
  organizationName = demo.name;
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

// A browser context per test, so no test inherits another's session cookie.
beforeEach(async () => {
  if (!system || !browser) throw new Error('the system or the browser did not start');
  const context = await browser.newContext({ baseURL: system.urls.web });
  page = await context.newPage();
});

afterEach(async () => {
  await page?.context().close();
});

const demoOwner = () => {
  if (!system) throw new Error('the system did not start');
  return system.demoOwner;
};

describe('signing in to the staff UI', () => {
  it('sends a visitor without a session from / to /login', async () => {
    await page.goto('/');
    expect(pathOf(page)).toBe('/login');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it('shows an error and stays on /login when the password is wrong', async () => {
    await submitSignIn(page, { email: demoOwner().email, password: 'not-the-demo-password' });
    await page.getByTestId('login-error').getByText('That email and password do not match.').waitFor();
    expect(pathOf(page)).toBe('/login');
    expect(await page.getByTestId('org-name').count()).toBe(0);
  });

  it('lands the demo owner on the dashboard with the organization name', async () => {
    await signIn(page, demoOwner());
    expect(await page.getByTestId('org-name').innerText()).toBe(organizationName);
    expect(await page.getByTestId('user-role').innerText()).toBe('Owner');
  });

  it('signs out to /login, after which / redirects to /login again', async () => {
    await signIn(page, demoOwner());
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.goto('/');
    expect(pathOf(page)).toBe('/login');
  });
});
