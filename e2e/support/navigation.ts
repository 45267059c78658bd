import type { Page } from 'playwright-core';

/**
 * Loads a page and waits until SvelteKit has hydrated it. Hydration resets inputs bound to server
 * data (the sign-in email), so typing before it would be wiped out, and a form submitted before it
 * skips the page's own handlers. SvelteKit leaves no marker in the DOM; its last module import
 * finishing (the network falling idle) is the signal.
 */
export async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'networkidle' });
}

export const pathOf = (page: Page): string => new URL(page.url()).pathname;
