import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { bundleWorkflowCode } from '@temporalio/worker';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { resolveToolsDir } from '../config/env-fields.js';
import { createLogger } from '../config/logger.js';
import { createDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { freePort } from '../devstack/free-port.js';
import { startLocalStack } from '../devstack/local-stack.js';
import { ensureGoTool, printProgress, STRIPE_MOCK } from '../devstack/go-tool.js';
import { startStripeMock } from '../devstack/stripe-mock.js';
import { ensureTemporalTestServer } from '../devstack/temporal-test-server.js';
import { WORKFLOWS_PATH } from '../workers/create-worker.js';
import { CONTINUE_AS_NEW_AFTER_EVENTS } from './call-cases.js';
import { testConfig } from './config.js';
import { TEMPLATE_DATABASE, withDatabaseName } from './database-names.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    temporalAddress: string;
    workflowBundleCode: string;
    /** The time-skipping test server's launcher, for tests of long timers. */
    temporalTestServerPath: string;
    /** stripe-mock, Stripe's API with fixtures: STRIPE_API_BASE for the code under test. */
    stripeApiBase: string;
  }
}

/**
 * One real Postgres, one real Temporal dev server and one stripe-mock for the whole integration run, on free ports,
 * with throwaway data. Each test file then copies the migrated template database (see database.ts).
 */
export default async function setup(project: TestProject) {
  const logger = createLogger({ name: 'test-setup', level: testConfig.LOG_LEVEL });
  const dataDir = await mkdtemp(path.join(testConfig.TEST_DATA_DIR ?? os.tmpdir(), 'funeral-test-'));
  const stack = await startLocalStack({
    dataDir,
    databaseUrl: testConfig.TEST_DATABASE_URL,
    postgresPort: await freePort(),
    temporalAddress: testConfig.TEST_TEMPORAL_ADDRESS,
    temporalCliPath: testConfig.TEMPORAL_CLI_PATH,
    toolsDir: resolveToolsDir(testConfig),
    temporalPort: await freePort(),
    temporalUiPort: null,
    namespace: 'default',
    persistent: false,
    logger,
    temporalDynamicConfig: { 'limit.historyCount.suggestContinueAsNew': CONTINUE_AS_NEW_AFTER_EVENTS },
  });
  const admin = createDatabase({ url: stack.databaseUrl, maxConnections: 1 });
  await sql`DROP DATABASE IF EXISTS ${sql.id(TEMPLATE_DATABASE)}`.execute(admin);
  await sql`CREATE DATABASE ${sql.id(TEMPLATE_DATABASE)}`.execute(admin);
  await admin.destroy();
  const template = createDatabase({ url: withDatabaseName(stack.databaseUrl, TEMPLATE_DATABASE), maxConnections: 1 });
  await migrateToLatest(template);
  await template.destroy();

  const bundle = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: { info() {}, warn() {}, error() {}, debug() {}, trace() {}, log() {} } });

  project.provide('adminDatabaseUrl', stack.databaseUrl);
  project.provide('temporalAddress', stack.temporalAddress);
  project.provide('workflowBundleCode', bundle.code);
  const toolsDir = resolveToolsDir(testConfig);
  if (!toolsDir) throw new Error('No tools folder: set TOOLS_DIR (or HOME).');
  project.provide('temporalTestServerPath', await ensureTemporalTestServer(toolsDir, printProgress));
  const stripeMock = await startStripeMock({ binary: await ensureGoTool(STRIPE_MOCK, toolsDir, printProgress), logger });
  project.provide('stripeApiBase', stripeMock.url);

  return async () => {
    await stripeMock.stop();
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
