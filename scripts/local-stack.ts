import path from 'node:path';
import type { Logger } from '../config/logger.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { startTemporalDevServer } from '../temporal/dev-server.js';

export type LocalStack = {
  databaseUrl: string;
  temporalAddress: string;
  temporalUiUrl: string | null;
  embedded: { postgres: boolean; temporal: boolean };
  stop: () => Promise<void>;
};

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
  temporalPort: number;
  temporalUiPort: number | null;
  namespace: string;
  persistent: boolean;
  logger: Logger;
}): Promise<LocalStack> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch((error) => options.logger.warn({ err: error }, 'stop failed'));
  };
  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(options.dataDir, 'postgres'),
        port: options.postgresPort,
        logger: options.logger,
        persistent: options.persistent,
      });
      stops.push(postgres.stop);
      databaseUrl = postgres.url;
      options.logger.info({ port: options.postgresPort }, 'embedded postgres ready');
    }
    let temporalAddress = options.temporalAddress;
    let temporalUiUrl: string | null = null;
    if (!temporalAddress) {
      const temporal = await startTemporalDevServer({
        cliPath: options.temporalCliPath,
        port: options.temporalPort,
        uiPort: options.temporalUiPort,
        dbFile: options.persistent ? path.join(options.dataDir, 'temporal.sqlite') : null,
        namespace: options.namespace,
        logger: options.logger,
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
      embedded: { postgres: !options.databaseUrl, temporal: !options.temporalAddress },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
