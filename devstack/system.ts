import { resolveToolsDir } from '../config/env-fields.js';
import type { Logger } from '../config/logger.js';
import { createDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { buildWebIfStale, WEB_ENTRY } from './build-web.js';
import { spawnService, waitForHttp, type Service } from './child-process.js';
import type { SystemConfig } from './system-config.js';
import { startLocalStack } from './local-stack.js';
import { assertPortsFree } from './ports.js';
import { connectTemporalClient } from '../temporal/client.js';
import { waitForPoller } from '../temporal/wait-for-poller.js';
import { seedDemo } from './seed-demo.js';

export type RunningSystem = {
  urls: { web: string; api: string; apiDocs: string; temporalUi: string | null };
  databaseUrl: string;
  /** The embedded cluster's data folder when it is not under DATA_DIR (as root, see embedded-postgres.ts). */
  relocatedPostgresData: string | null;
  temporalAddress: string;
  demoOwner: { email: string; password: string };
  stop: () => Promise<void>;
};

const READY_TIMEOUT_MS = 120_000;

/** Ready means a call can run: the worker has bundled its workflows and polls its queue. */
async function waitForWorker(address: string, config: SystemConfig, worker: Service): Promise<void> {
  let died = false;
  void worker.exited.then(() => (died = true));
  const client = await connectTemporalClient({ address, namespace: config.TEMPORAL_NAMESPACE });
  try {
    await waitForPoller(client, { namespace: config.TEMPORAL_NAMESPACE, taskQueue: config.TEMPORAL_TASK_QUEUE, timeoutMs: READY_TIMEOUT_MS, gaveUp: () => died });
  } finally {
    await client.connection.close();
  }
  if (died) throw new Error('worker exited before it was ready');
}

/**
 * The whole product on one machine: Postgres, Temporal, migrations, the demo organization, then
 * the worker, the API and the staff UI as child processes. `persistent: false` (tests) keeps
 * nothing after stop.
 */
export async function startSystem(
  config: SystemConfig,
  logger: Logger,
  options: { persistent: boolean; /** Extra environment for the API, such as a sign-in provider a test runs. */ apiEnv?: Record<string, string> },
): Promise<RunningSystem> {
  await assertPortsFree([
    { host: config.API_HOST, port: config.API_PORT, service: 'the API', variable: 'API_PORT' },
    { host: config.WEB_HOST, port: config.WEB_PORT, service: 'the staff UI', variable: 'WEB_PORT' },
  ]);
  const stack = await startLocalStack({
    dataDir: config.DATA_DIR,
    databaseUrl: config.DATABASE_URL,
    postgresPort: config.EMBEDDED_POSTGRES_PORT,
    temporalAddress: config.TEMPORAL_ADDRESS,
    temporalCliPath: config.TEMPORAL_CLI_PATH,
    toolsDir: resolveToolsDir(config),
    temporalPort: config.TEMPORAL_DEV_PORT,
    temporalUiPort: config.TEMPORAL_UI_PORT,
    namespace: config.TEMPORAL_NAMESPACE,
    persistent: options.persistent,
    logger,
  });
  const services: Service[] = [];
  const stop = async () => {
    await Promise.all(services.map((s) => s.stop()));
    await stack.stop();
  };
  try {
    const db = createDatabase({ url: stack.databaseUrl, maxConnections: 2 });
    const applied = await migrateToLatest(db);
    logger.info({ applied: applied.length }, 'database migrated');
    await seedDemo(db, { email: config.DEMO_OWNER_EMAIL, password: config.DEMO_OWNER_PASSWORD });
    await db.destroy();
    buildWebIfStale(logger);

    const api = `http://${config.API_HOST}:${config.API_PORT}`;
    const web = `http://${config.WEB_HOST}:${config.WEB_PORT}`;
    const shared = {
      LOG_LEVEL: config.LOG_LEVEL,
      LOG_FORMAT: config.LOG_FORMAT,
      DATABASE_URL: stack.databaseUrl,
      TEMPORAL_ADDRESS: stack.temporalAddress,
      TEMPORAL_NAMESPACE: config.TEMPORAL_NAMESPACE,
      TEMPORAL_TASK_QUEUE: config.TEMPORAL_TASK_QUEUE,
    };
    // The call worker never holds the Stripe key: a call cannot reach billing, nor billing a call.
    const workerService = spawnService({ name: 'worker', entry: 'workers/main.ts', env: { ...shared, WEB_ORIGIN: web }, logger, typescript: true, withhold: ['STRIPE_SECRET_KEY'] });
    services.push(workerService);
    if (config.STRIPE_SECRET_KEY) {
      // Billing on: invoicing runs on its own queue in its own process. Calls never wait for it.
      services.push(spawnService({ name: 'billing-worker', entry: 'workers/billing-main.ts', env: { ...shared, TEMPORAL_BILLING_TASK_QUEUE: config.TEMPORAL_BILLING_TASK_QUEUE }, logger, typescript: true }));
    } else {
      logger.info('billing is off (no STRIPE_SECRET_KEY): usage is counted, nothing is sent to Stripe');
    }
    // The staff UI's server forwards every browser request and writes the browser's address into
    // x-forwarded-for (web/src/lib/server/proxy.ts): without trusting it, the sign-in limit per
    // address would count every visitor as the UI server.
    const apiService = spawnService({
      name: 'api',
      entry: 'api/main.ts',
      env: { ...shared, API_HOST: config.API_HOST, API_PORT: String(config.API_PORT), WEB_ORIGIN: web, TRUST_PROXY: 'true', ...(stack.temporalUiUrl ? { TEMPORAL_UI_URL: stack.temporalUiUrl } : {}), ...options.apiEnv },
      logger,
      typescript: true,
    });
    services.push(apiService);
    const webService = spawnService({
      name: 'web',
      entry: WEB_ENTRY,
      env: { HOST: config.WEB_HOST, PORT: String(config.WEB_PORT), ORIGIN: web, API_URL: api },
      logger,
      typescript: false,
    });
    services.push(webService);
    // The UI's first page asks the API for the session, so the API is awaited first: otherwise the
    // readiness probe itself logs an "API unreachable" that no one caused.
    const workerReady = waitForWorker(stack.temporalAddress, config, workerService);
    await waitForHttp(`${api}/health`, apiService, READY_TIMEOUT_MS);
    await Promise.all([waitForHttp(`${web}/login`, webService, READY_TIMEOUT_MS), workerReady]);
    return {
      urls: { web, api, apiDocs: `${api}/api/docs`, temporalUi: stack.temporalUiUrl },
      databaseUrl: stack.databaseUrl,
      relocatedPostgresData: stack.relocatedPostgresData,
      temporalAddress: stack.temporalAddress,
      demoOwner: { email: config.DEMO_OWNER_EMAIL, password: config.DEMO_OWNER_PASSWORD },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
