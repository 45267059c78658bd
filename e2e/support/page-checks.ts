import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const SCREENSHOTS = path.resolve('test-artifacts/screenshots');
export const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core on the page as it is and returns the serious and critical violations. axe is
 * injected as a script, which the site's CSP rightly refuses, so checking contexts bypass it.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: await axeSource });
  // Runs in the page, where axe and the document are; kept as text so Node's types stay Node's.
  const violations = (await page.evaluate(`window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`)) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Opens a page signed in (the session cookie copied from `signedIn`) at desktop and phone width:
 * keeps a screenshot of each and returns what axe finds serious.
 */
export async function checkPage(browser: Browser, signedIn: Page, pagePath: string, name: string): Promise<string[]> {
  return checkPageWith(browser, { baseURL: new URL(signedIn.url()).origin, cookies: await signedIn.context().cookies() }, pagePath, name);
}

/** The same for a page anyone may open (an emailed link, "forgot your password"): no cookies. */
export function checkPublicPage(browser: Browser, baseURL: string, pagePath: string, name: string): Promise<string[]> {
  return checkPageWith(browser, { baseURL, cookies: [] }, pagePath, name);
}

/** Where a test keeps a screenshot of its own, beside those of the page checks. */
export async function screenshotPath(name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, `${name}.png`);
}

type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;

async function checkPageWith(browser: Browser, visitor: { baseURL: string; cookies: Cookies }, pagePath: string, name: string): Promise<string[]> {
  const { baseURL, cookies } = visitor;
  const found: string[] = [];
  for (const [label, viewport] of Object.entries(WIDTHS)) {
    const context = await browser.newContext({ baseURL, viewport, bypassCSP: true });
    if (cookies.length > 0) await context.addCookies(cookies);
    const page = await context.newPage();
    try {
      await page.goto(pagePath, { waitUntil: 'networkidle' });
      await page.screenshot({ path: await screenshotPath(`${name}-${label}`), fullPage: true });
      found.push(...(await seriousViolations(page)).map((v) => `${name} at ${label} width: ${v}`));
    } finally {
      await context.close();
    }
  }
  return found;
}
