import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { buildActivityDeps } from '../../activities/build-activity-deps.js';
import { resolveToolsDir } from '../../config/env-fields.js';
import type { Logger } from '../../config/logger.js';
import { createDatabase, type Database } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { createCallWorker } from '../../workers/create-worker.js';
import type { SystemConfig } from '../../devstack/system-config.js';
import { freePort } from '../../devstack/free-port.js';
import { startLocalStack } from '../../devstack/local-stack.js';

export type CallRuntime = {
  db: Database;
  temporal: Client;
  taskQueue: string;
  /** Where more workers (processes of their own) can reach the same Postgres and Temporal. */
  databaseUrl: string;
  temporalAddress: string;
  stop: () => Promise<void>;
};

/**
 * What simulated calls run on: the configured Postgres and Temporal when DATABASE_URL and
 * TEMPORAL_ADDRESS are set, otherwise throwaway embedded ones on free ports; plus a worker of our
 * own on a private task queue, so a running system's worker is neither needed nor disturbed.
 */
export async function startCallRuntime(
  config: SystemConfig & { OPENAI_API_KEY?: string | undefined; OPENAI_BASE_URL?: string | undefined; OPENAI_MODEL: string },
  logger: Logger,
  options: { temporalDynamicConfig?: Record<string, string | number> } = {},
): Promise<CallRuntime> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'funeral-call-'));
  const stack = await startLocalStack({
    dataDir,
    databaseUrl: config.DATABASE_URL,
    postgresPort: await freePort(),
    temporalAddress: config.TEMPORAL_ADDRESS,
    temporalCliPath: config.TEMPORAL_CLI_PATH,
    toolsDir: resolveToolsDir(config),
    temporalPort: await freePort(),
    temporalUiPort: null,
    namespace: config.TEMPORAL_NAMESPACE,
    persistent: false,
    logger,
    ...(options.temporalDynamicConfig ? { temporalDynamicConfig: options.temporalDynamicConfig } : {}),
  });
  const db = createDatabase({ url: stack.databaseUrl });
  await migrateToLatest(db);
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const taskQueue = `simulated-calls-${randomBytes(4).toString('hex')}`;
  logger.info('bundling the workflows for the worker');
  const running = await createCallWorker({
    address: stack.temporalAddress,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue,
    deps: buildActivityDeps({ db, logger, openai: { apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, model: config.OPENAI_MODEL } }),
    logger,
  });
  const workerRun = running.worker.run();
  return {
    db,
    temporal,
    taskQueue,
    databaseUrl: stack.databaseUrl,
    temporalAddress: stack.temporalAddress,
    async stop() {
      running.worker.shutdown();
      await workerRun;
      await running.connection.close();
      await connection.close();
      await db.destroy();
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
