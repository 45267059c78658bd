import { chromium, type Browser } from 'playwright-core';
import { testConfig } from '../../testing/config.js';

// Nothing may reach the internet from these machines, and a first-run profile would try to
// (sync, component updates, QUIC probes). Playwright gives each launch a fresh temporary
// --user-data-dir of its own and deletes it on close.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Headless Debian Chromium driven by playwright-core; the caller closes it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: testConfig.CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
