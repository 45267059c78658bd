import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const SCREENSHOTS = path.resolve('test-artifacts/screenshots');
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

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
  await mkdir(SCREENSHOTS, { recursive: true });
  const cookies = await signedIn.context().cookies();
  const baseURL = new URL(signedIn.url()).origin;
  const found: string[] = [];
  for (const [label, viewport] of Object.entries(WIDTHS)) {
    const context = await browser.newContext({ baseURL, viewport, bypassCSP: true });
    await context.addCookies(cookies);
    const page = await context.newPage();
    try {
      await page.goto(pagePath, { waitUntil: 'networkidle' });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
      found.push(...(await seriousViolations(page)).map((v) => `${name} at ${label} width: ${v}`));
    } finally {
      await context.close();
    }
  }
  return found;
}
