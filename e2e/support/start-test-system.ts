import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { resolveToolsDir } from '../../config/env-fields.js';
import { createLogger } from '../../config/logger.js';
import { createDatabase, type Database } from '../../db/database.js';
import { systemConfigSchema } from '../../devstack/system-config.js';
import { freePort } from '../../devstack/free-port.js';
import { ensureGoTool, printProgress, STRIPE_MOCK } from '../../devstack/go-tool.js';
import { startStripeMock, type StripeMock } from '../../devstack/stripe-mock.js';
import { startSystem, type RunningSystem } from '../../devstack/system.js';
import { startFakeOidcProvider, type FakeOidcProvider } from '../../testing/fakes/oidc-provider.js';
import { testConfig } from '../../testing/config.js';
import { launchBrowser } from './launch-browser.js';
import { WIDTHS } from './page-checks.js';

/**
 * The whole product as `npm start` runs it, but on free ports with throwaway data, so a browser
 * test never meets a developer's running system or their `.env` ports.
 */
export type TestSystem = RunningSystem & {
  oidc: FakeOidcProvider;
  /** The stripe-mock the API's Stripe key points at: a test asks it what the API's answers came from. */
  stripeApiBase: string;
};

/** What the API signs Stripe's webhooks with in a browser test. */
const E2E_STRIPE_WEBHOOK_SECRET = 'whsec_e2e';

/**
 * Google sign-in is on, against a real OpenID provider on 127.0.0.1 that the test controls; billing is
 * on, against a stripe-mock of the test's own (Stripe's API with fixtures: nothing leaves the machine).
 */
export async function startTestSystem(): Promise<TestSystem> {
  const dataDir = await mkdtemp(path.join(testConfig.TEST_DATA_DIR ?? os.tmpdir(), 'funeral-e2e-'));
  const [postgresPort, temporalPort, temporalUiPort, apiPort, webPort] = await distinctFreePorts(5);
  const config = systemConfigSchema.parse({
    LOG_LEVEL: testConfig.LOG_LEVEL,
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: postgresPort,
    TEMPORAL_CLI_PATH: testConfig.TEMPORAL_CLI_PATH,
    TOOLS_DIR: resolveToolsDir(testConfig),
    TEMPORAL_DEV_PORT: temporalPort,
    TEMPORAL_UI_PORT: temporalUiPort,
    API_HOST: '127.0.0.1',
    API_PORT: apiPort,
    WEB_HOST: '127.0.0.1',
    WEB_PORT: webPort,
  });
  const logger = createLogger({ name: 'e2e-system', level: config.LOG_LEVEL });
  const toolsDir = resolveToolsDir(testConfig);
  if (!toolsDir) throw new Error('No tools folder for stripe-mock: set TOOLS_DIR (or HOME).');
  const oidc = await startFakeOidcProvider({ redirectUris: [`http://127.0.0.1:${webPort}/api/auth/oidc/google/callback`] });
  let stripeMock: StripeMock | undefined;
  const removeData = async () => {
    await oidc.stop();
    await stripeMock?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  let system: RunningSystem;
  try {
    stripeMock = await startStripeMock({ binary: await ensureGoTool(STRIPE_MOCK, toolsDir, printProgress), logger });
    system = await startSystem(config, logger, {
      persistent: false,
      apiEnv: {
        OIDC_GOOGLE_ISSUER: oidc.issuer,
        OIDC_GOOGLE_CLIENT_ID: oidc.clientId,
        OIDC_GOOGLE_CLIENT_SECRET: oidc.clientSecret,
        STRIPE_SECRET_KEY: 'sk_test_e2e',
        STRIPE_API_BASE: stripeMock.url,
        STRIPE_WEBHOOK_SECRET: E2E_STRIPE_WEBHOOK_SECRET,
      },
    });
  } catch (error) {
    await removeData();
    throw error;
  }
  return {
    ...system,
    oidc,
    stripeApiBase: stripeMock.url,
    stop: async () => {
      await system.stop();
      await removeData();
    },
  };
}

// The OS may hand out a port it has just returned again; five services cannot share one.
async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/** What a browser test file works with: the system, a browser, and the system's database to set a scene in. */
export type BrowserTest = {
  system: TestSystem;
  browser: Browser;
  db: Database;
  /** A page in a browser of its own, with no one's cookies; it is closed by `closePages`. */
  newPage: (viewport?: { width: number; height: number }) => Promise<Page>;
  /** Closes the pages `newPage` opened since the last call: each test's go with it. */
  closePages: () => Promise<void>;
  stop: () => Promise<void>;
};

export async function startBrowserTest(): Promise<BrowserTest> {
  const system = await startTestSystem();
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await system.stop();
    throw error;
  });
  const db = createDatabase({ url: system.databaseUrl, maxConnections: 1 });
  const opened: BrowserContext[] = [];
  return {
    system,
    browser,
    db,
    newPage: async (viewport = WIDTHS.desktop) => {
      const context = await browser.newContext({ baseURL: system.urls.web, viewport });
      opened.push(context);
      return context.newPage();
    },
    closePages: async () => {
      await Promise.all(opened.splice(0).map((context) => context.close()));
    },
    stop: async () => {
      await Promise.all([db.destroy(), browser.close()]);
      await system.stop();
    },
  };
}
