import type { Page } from 'playwright-core';
import { openHydrated } from './navigation.js';

/** Fills and submits the staff UI's sign-in form; the caller waits for whatever should follow. */
export async function submitSignIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await openHydrated(page, '/login');
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Password', { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in and waits for the dashboard. */
export async function signIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await submitSignIn(page, credentials);
  await page.waitForURL((url) => url.pathname === '/');
}
