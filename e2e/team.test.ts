import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../db/database.js';
import { latestLink } from '../testing/email-outbox.js';
import { launchBrowser } from './support/launch-browser.js';
import { openHydrated, pathOf } from './support/navigation.js';
import { checkPage, checkPublicPage, screenshotPath, WIDTHS } from './support/page-checks.js';
import { signIn, submitSignIn } from './support/sign-in.js';
import { startTestSystem, type TestSystem } from './support/start-test-system.js';

let system: TestSystem;
let browser: Browser;
let db: Database;
/** The demo owner, signed in for the whole file: the one who invites. */
let owner: Page;
const opened: BrowserContext[] = [];

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  db = createDatabase({ url: system.databaseUrl, maxConnections: 1 });
  owner = await (await browser.newContext({ baseURL: system.urls.web })).newPage();
  await signIn(owner, system.demoOwner);
});

// The browsers a test opened go with it; the owner's stays for the file.
afterEach(async () => {
  await Promise.all(opened.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await db?.destroy();
  await browser?.close();
  await system?.stop();
});

/** A browser of its own, with no one's cookies: another person, or the same one elsewhere. */
async function freshPage(viewport: { width: number; height: number } = WIDTHS.desktop): Promise<Page> {
  const context = await browser.newContext({ baseURL: system.urls.web, viewport });
  opened.push(context);
  return context.newPage();
}

/** The owner invites someone from Settings; returns the token of the link in the email sent. */
async function invite(email: string, role: 'Admin' | 'Staff' | 'Read-only' | 'Owner'): Promise<string> {
  await openHydrated(owner, '/settings');
  await owner.getByLabel('Their email').fill(email);
  await owner.getByLabel('Role', { exact: true }).selectOption({ label: role });
  await owner.getByTestId('send-invitation').click();
  await owner.getByTestId('invited').getByText(`Invitation sent to ${email}.`).waitFor();
  return (await latestLink(db, email, 'invitation', system.urls.web)).token;
}

/** The invited person opens the link, chooses a name and a password, and lands on the dashboard. */
async function accept(page: Page, token: string, person: { name: string; password: string }): Promise<void> {
  await openHydrated(page, `/invite/${token}`);
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('Choose a password').fill(person.password);
  await page.getByTestId('accept-invitation').click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Someone new on the team, signed in in a browser of their own. */
async function newColleague(email: string, name: string, password: string): Promise<Page> {
  const token = await invite(email, 'Staff');
  const page = await freshPage();
  await accept(page, token, { name, password });
  return page;
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('account-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
}

describe('the team in Settings', () => {
  it('invites a colleague, who joins from the emailed link on a phone and then signs in with their own password', async () => {
    const email = 'rosa.delgado@example.com';
    const token = await invite(email, 'Staff');
    expect(await owner.getByTestId('invitations').innerText()).toContain(email);

    const rosa = await freshPage(WIDTHS.phone);
    await openHydrated(rosa, `/invite/${token}`);
    expect(await rosa.getByTestId('invite-from').innerText()).toBe('Demo Owner has invited you to join Evergreen Memorial Chapel (demo) as Staff.');
    expect(await rosa.getByLabel('Email').inputValue()).toBe(email);
    await rosa.getByLabel('Your name').fill('Rosa Delgado');
    await rosa.getByLabel('Choose a password').fill('too short');
    await rosa.getByTestId('accept-invitation').click();
    await rosa.locator('#password-error').getByText('Use at least 10 characters.').waitFor();
    await rosa.screenshot({ path: await screenshotPath('invite-error-phone'), fullPage: true });
    expect(pathOf(rosa)).toBe(`/invite/${token}`);

    await rosa.getByLabel('Choose a password').fill('quiet-garden-lamp');
    await rosa.getByTestId('accept-invitation').click();
    await rosa.waitForURL((url) => url.pathname === '/');
    expect(await rosa.getByTestId('user-name').innerText()).toBe('Rosa Delgado');
    expect(await rosa.getByTestId('user-role').innerText()).toBe('Staff');
    expect(await rosa.getByTestId('org-name').innerText()).toBe('Evergreen Memorial Chapel (demo)');

    await signOut(rosa);
    await signIn(rosa, { email, password: 'quiet-garden-lamp' });
    expect(await rosa.getByTestId('user-name').innerText()).toBe('Rosa Delgado');

    await openHydrated(owner, '/settings');
    expect(await owner.getByTestId('members').innerText()).toContain('Rosa Delgado');
    expect(await owner.locator('section', { has: owner.getByRole('heading', { name: 'Waiting to join' }) }).innerText()).not.toContain(email);

    await openHydrated(rosa, `/invite/${token}`);
    expect(await rosa.getByTestId('invite-problem').innerText()).toBe('This invitation has already been used; sign in instead.');
  });

  it('shows a staff member the team but nothing they may not change', async () => {
    const sam = await newColleague('sam.okafor@example.com', 'Sam Okafor', 'river-stone-quiet');
    await openHydrated(sam, '/settings');
    expect(await sam.getByTestId('members').innerText()).toContain('Demo Owner');
    expect(await sam.getByTestId('send-invitation').count()).toBe(0);
    expect(await sam.getByTestId('remove-member').count()).toBe(0);
    expect(await sam.getByRole('combobox').count()).toBe(0);
  });

  it("lets the owner change a member's role and remove them, and says so beside the field when an invitation cannot be sent", async () => {
    const lee = await newColleague('lee.park@example.com', 'Lee Park', 'maple-window-soft');
    await openHydrated(owner, '/settings');
    const row = owner.getByTestId('member').filter({ hasText: 'Lee Park' });
    await row.getByLabel('Role of Lee Park').selectOption({ label: 'Admin' });
    await row.getByRole('button', { name: 'Save the role of Lee Park' }).click();
    await owner.getByTestId('role-changed').getByText('Lee Park is now Admin.').waitFor();
    await openHydrated(lee, '/');
    expect(await lee.getByTestId('user-role').innerText()).toBe('Admin');

    await owner.getByLabel('Their email').fill('lee.park@example.com');
    await owner.getByTestId('send-invitation').click();
    await owner.locator('#email-error').getByText('lee.park@example.com is already a member of this organization.').waitFor();
    await owner.getByLabel('Their email').fill('not an email');
    await owner.getByTestId('send-invitation').click();
    await owner.locator('#email-error').getByText('That does not look like an email address. Check it and try again.').waitFor();

    await owner.getByTestId('member').filter({ hasText: 'Lee Park' }).getByTestId('remove-member').click();
    const dialog = owner.getByRole('alertdialog');
    await dialog.getByText('Remove Lee Park from Evergreen Memorial Chapel (demo)?').waitFor();
    await dialog.getByTestId('confirm-remove').click();
    await owner.getByTestId('member-removed').getByText('Lee Park can no longer sign in to Evergreen Memorial Chapel (demo).').waitFor();
    expect(await owner.getByTestId('members').innerText()).not.toContain('Lee Park');
    await lee.goto('/');
    expect(pathOf(lee)).toBe('/login');
  });

  it('withdraws an invitation, whose link then says so', async () => {
    const token = await invite('withdrawn.person@example.com', 'Read-only');
    await owner.getByRole('button', { name: 'Withdraw the invitation to withdrawn.person@example.com' }).click();
    await owner.getByText('The invitation to withdrawn.person@example.com is withdrawn; its link no longer works.').waitFor();
    const stranger = await freshPage();
    await openHydrated(stranger, `/invite/${token}`);
    expect(await stranger.getByTestId('invite-problem').innerText()).toBe('This invitation was withdrawn; ask for a new one.');
    await openHydrated(stranger, `/invite/${token.slice(0, 20)}`);
    expect(await stranger.getByTestId('invite-problem').innerText()).toBe('This link is not complete. Check that you copied all of it from the email, or ask for a new one.');
  });
});

describe('a forgotten password', () => {
  it('emails a link to choose a new one; the new password works and the old one no longer does', async () => {
    const email = 'lena.fischer@example.com';
    const colleague = await newColleague(email, 'Lena Fischer', 'first-password-2026');
    await signOut(colleague);

    const page = await freshPage(WIDTHS.phone);
    await openHydrated(page, '/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL((url) => url.pathname === '/forgot-password');
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Email').fill(email);
    await page.getByTestId('send-reset-link').click();
    const sent = await page.getByTestId('reset-requested').innerText();
    expect(sent).toMatch(/^If that email has an account, we've sent a link/);
    await page.screenshot({ path: await screenshotPath('forgot-password-sent-phone'), fullPage: true });

    // Someone without an account is told the very same.
    await openHydrated(page, '/forgot-password');
    await page.getByLabel('Email').fill('nobody.here@example.com');
    await page.getByTestId('send-reset-link').click();
    expect(await page.getByTestId('reset-requested').innerText()).toBe(sent);

    const { token } = await latestLink(db, email, 'password_reset', system.urls.web);
    await openHydrated(page, `/reset-password/${token}`);
    await page.getByLabel('New password', { exact: true }).fill('second-password-2026');
    await page.getByLabel('New password again').fill('second-password-2062');
    await page.getByTestId('save-new-password').click();
    await page.locator('#again-error').getByText('This is not the same as the new password above. Type it again.').waitFor();
    await page.screenshot({ path: await screenshotPath('reset-password-error-phone'), fullPage: true });
    await page.getByLabel('New password', { exact: true }).fill('second-password-2026');
    await page.getByLabel('New password again').fill('second-password-2026');
    await page.getByTestId('save-new-password').click();
    await page.getByTestId('password-changed').waitFor();
    await page.getByTestId('go-sign-in').click();
    await page.waitForURL((url) => url.pathname === '/login');

    await submitSignIn(page, { email, password: 'first-password-2026' });
    await page.getByTestId('login-error').getByText('That email and password do not match.').waitFor();
    await signIn(page, { email, password: 'second-password-2026' });
    expect(await page.getByTestId('user-name').innerText()).toBe('Lena Fischer');

    await openHydrated(page, `/reset-password/${token}`);
    await page.getByLabel('New password', { exact: true }).fill('third-password-2026');
    await page.getByLabel('New password again').fill('third-password-2026');
    await page.getByTestId('save-new-password').click();
    expect(await page.getByTestId('reset-problem').innerText()).toBe('This password reset link has already been used; ask for a new one if you still need it.');
  });
});

describe('signing in with Google', () => {
  async function signInAtProvider(page: Page, account: { email: string; name: string }): Promise<void> {
    await openHydrated(page, '/login');
    await page.getByRole('link', { name: 'Sign in with Google' }).click();
    await page.waitForURL((url) => url.origin === system.oidc.issuer);
    await page.getByRole('button', { name: `${account.name} <${account.email}>` }).click();
  }

  it('lands someone who has an account on the dashboard', async () => {
    const account = system.oidc.addAccount({ email: system.demoOwner.email, name: 'Demo Owner', emailVerified: true });
    const page = await freshPage();
    await signInAtProvider(page, account);
    await page.waitForURL((url) => url.origin === system.urls.web && url.pathname === '/');
    expect(await page.getByTestId('user-name').innerText()).toBe('Demo Owner');
    expect(await page.getByTestId('user-role').innerText()).toBe('Owner');
  });

  it('sends a Google account without an account here back to sign in, saying why', async () => {
    const account = system.oidc.addAccount({ email: 'stranger@example.com', name: 'A Stranger', emailVerified: true });
    const page = await freshPage();
    await signInAtProvider(page, account);
    await page.waitForURL((url) => url.origin === system.urls.web && url.pathname === '/login');
    expect(await page.getByTestId('sso-error').innerText()).toContain('There is no account here for that sign-in.');
    expect(await page.getByTestId('org-name').count()).toBe(0);
  });
});

describe("where you're signed in", () => {
  it('lists the sessions of two browsers and signs the other one out', async () => {
    const email = 'noah.berg@example.com';
    const here = await newColleague(email, 'Noah Berg', 'harbor-light-calm');
    const there = await freshPage();
    await signIn(there, { email, password: 'harbor-light-calm' });

    await openHydrated(here, '/');
    await here.getByTestId('account-menu').click();
    await here.getByRole('menuitem', { name: "Where I'm signed in" }).click();
    await here.waitForURL((url) => url.pathname === '/settings/sessions');
    await here.waitForLoadState('networkidle');
    expect(await here.getByTestId('session').count()).toBe(2);
    expect(await here.getByTestId('this-browser').count()).toBe(1);

    await here.getByTestId('sign-out-there').click();
    await here.getByTestId('session-ended').waitFor();
    expect(await here.getByTestId('session').count()).toBe(1);
    await there.goto('/contacts');
    expect(pathOf(there)).toBe('/login');

    await here.getByTestId('sign-out-here').click();
    await here.waitForURL((url) => url.pathname === '/login');
    await here.goto('/');
    expect(pathOf(here)).toBe('/login');
  });
});

describe('the new pages', () => {
  it('have no serious accessibility problem, at desktop or phone width', async () => {
    const token = await invite('pending.person@example.com', 'Read-only');
    const resetRequest = await fetch(`${system.urls.web}/api/auth/password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: system.demoOwner.email }),
    });
    expect(resetRequest.status).toBe(202);
    const reset = await latestLink(db, system.demoOwner.email, 'password_reset', system.urls.web);

    const problems = [
      ...(await checkPage(browser, owner, '/settings', 'settings')),
      ...(await checkPage(browser, owner, '/settings/sessions', 'settings-sessions')),
      ...(await checkPublicPage(browser, system.urls.web, `/invite/${token}`, 'invite')),
      ...(await checkPublicPage(browser, system.urls.web, `/invite/${'x'.repeat(43)}`, 'invite-unusable')),
      ...(await checkPublicPage(browser, system.urls.web, '/forgot-password', 'forgot-password')),
      ...(await checkPublicPage(browser, system.urls.web, `/reset-password/${reset.token}`, 'reset-password')),
    ];
    expect(problems).toEqual([]);
  });
});
