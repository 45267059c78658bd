import path from 'node:path';
import { redactUrl, type Logger } from '../config/logger.js';
import { createDatabase, type Database } from '../db/database.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { printProgress, type Progress } from './go-tool.js';
import { assertPortsFree, type PlannedPort } from './ports.js';
import { startTemporalDevServer } from './temporal-dev-server.js';

export type LocalStack = {
  databaseUrl: string;
  temporalAddress: string;
  temporalUiUrl: string | null;
  /** Where the embedded cluster keeps its data when that is not under dataDir (as root), else null. */
  relocatedPostgresData: string | null;
  embedded: { postgres: boolean; temporal: boolean };
  stop: () => Promise<void>;
};

type LocalPostgresOptions = {
  dataDir: string;
  databaseUrl: string | undefined;
  port: number;
  persistent: boolean;
  logger: Logger;
};

/**
 * The configured Postgres when DATABASE_URL is set (stop leaves it running), otherwise the embedded
 * one with its data under dataDir/postgres.
 */
export async function startLocalPostgres(options: LocalPostgresOptions): Promise<{ url: string; relocatedTo: string | null; stop: () => Promise<void> }> {
  if (options.databaseUrl) return { url: options.databaseUrl, relocatedTo: null, stop: async () => {} };
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(options.dataDir, 'postgres'),
    port: options.port,
    logger: options.logger,
    persistent: options.persistent,
  });
  options.logger.info({ port: options.port }, 'embedded postgres ready');
  return postgres;
}

type DatabaseChoreConfig = { DATA_DIR: string; DATABASE_URL?: string; EMBEDDED_POSTGRES_PORT: number };

/** Names the database a chore works on for people reading its output, without the password. */
export const describeDatabase = (config: DatabaseChoreConfig): string =>
  config.DATABASE_URL ? redactUrl(config.DATABASE_URL) : `the embedded database in ${config.DATA_DIR}`;

/**
 * Runs one database chore (migrate, seed) on the database `npm start` would use, and stops whatever
 * it started, also when the chore fails.
 */
export async function withDatabase<T>(config: DatabaseChoreConfig, logger: Logger, chore: (db: Database) => Promise<T>): Promise<T> {
  const postgres = await startLocalPostgres({
    dataDir: config.DATA_DIR,
    databaseUrl: config.DATABASE_URL,
    port: config.EMBEDDED_POSTGRES_PORT,
    persistent: true,
    logger,
  });
  const db = createDatabase({ url: postgres.url, maxConnections: 2 });
  try {
    return await chore(db);
  } finally {
    await db.destroy();
    await postgres.stop();
  }
}

/**
 * Postgres and Temporal for one run: the configured ones when DATABASE_URL / TEMPORAL_ADDRESS are
 * set, otherwise an embedded PostgreSQL and the Temporal dev server, with their data under dataDir.
 */
export async function startLocalStack(options: {
  dataDir: string;
  databaseUrl: string | undefined;
  postgresPort: number;
  temporalAddress: string | undefined;
  temporalCliPath: string | undefined;
  toolsDir: string | undefined;
  temporalPort: number;
  temporalUiPort: number | null;
  namespace: string;
  persistent: boolean;
  logger: Logger;
  /** Where a one-time tool build reports how far it is; standard error by default. */
  progress?: Progress;
  temporalDynamicConfig?: Record<string, string | number>;
}): Promise<LocalStack> {
  await assertPortsFree(plannedPorts(options));
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch((error) => options.logger.warn({ err: error }, 'stop failed'));
  };
  try {
    const postgres = await startLocalPostgres({
      dataDir: options.dataDir,
      databaseUrl: options.databaseUrl,
      port: options.postgresPort,
      persistent: options.persistent,
      logger: options.logger,
    });
    stops.push(postgres.stop);
    const databaseUrl = postgres.url;
    let temporalAddress = options.temporalAddress;
    let temporalUiUrl: string | null = null;
    if (!temporalAddress) {
      const temporal = await startTemporalDevServer({
        cliPath: options.temporalCliPath,
        toolsDir: options.toolsDir,
        port: options.temporalPort,
        uiPort: options.temporalUiPort,
        dbFile: options.persistent ? path.join(options.dataDir, 'temporal.sqlite') : null,
        namespace: options.namespace,
        logger: options.logger,
        progress: options.progress ?? printProgress,
        ...(options.temporalDynamicConfig ? { dynamicConfig: options.temporalDynamicConfig } : {}),
      });
      stops.push(temporal.stop);
      temporalAddress = temporal.address;
      temporalUiUrl = temporal.uiUrl;
      options.logger.info({ address: temporalAddress }, 'temporal dev server ready');
    }
    return {
      databaseUrl,
      temporalAddress,
      temporalUiUrl,
      relocatedPostgresData: postgres.relocatedTo,
      embedded: { postgres: !options.databaseUrl, temporal: !options.temporalAddress },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function plannedPorts(options: { databaseUrl: string | undefined; postgresPort: number; temporalAddress: string | undefined; temporalPort: number; temporalUiPort: number | null }): PlannedPort[] {
  const ports: PlannedPort[] = [];
  if (!options.databaseUrl) ports.push({ host: '127.0.0.1', port: options.postgresPort, service: 'the embedded PostgreSQL', variable: 'EMBEDDED_POSTGRES_PORT' });
  if (!options.temporalAddress) {
    ports.push({ host: '127.0.0.1', port: options.temporalPort, service: 'the Temporal dev server', variable: 'TEMPORAL_DEV_PORT' });
    if (options.temporalUiPort !== null) ports.push({ host: '127.0.0.1', port: options.temporalUiPort, service: 'the Temporal UI', variable: 'TEMPORAL_UI_PORT' });
  }
  return ports;
}
