import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Logger } from '../config/logger.js';
import { inheritedEnvironment } from '../config/load-config.js';
import { AppError } from '../domain/app-error.js';
import { ALL_SEARCH_ATTRIBUTES } from '../temporal/search-attributes.js';
import type { Progress } from './go-tool.js';
import { noTemporalCli, resolveTemporalCli } from './temporal-cli.js';

/**
 * The dev server's single history shard hands tasks on at 20 per second by default, which turns
 * every activity behind an update into a 100 ms wait once a call is busy. A real cluster is tuned
 * by its operators; the local one is tuned here. The other three are what the SDK's own launcher
 * passes, for workflow updates.
 */
const DEV_SERVER_SETTINGS: Record<string, string | number | boolean> = {
  'history.transferProcessorMaxPollRPS': 1000,
  'frontend.enableServerVersionCheck': false,
  'frontend.enableUpdateWorkflowExecution': true,
  'frontend.enableUpdateWorkflowExecutionAsyncAccepted': true,
};

/**
 * The SDK's launcher gives the server five seconds, which a two-core machine busy with a test run
 * does not always meet; the server itself is fine, only slow to open its port.
 */
const START_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 10_000;

export type RunningTemporal = { address: string; uiUrl: string | null; stop: () => Promise<void> };

type DevServerOptions = {
  cliPath: string | undefined;
  toolsDir: string | undefined;
  port: number;
  uiPort: number | null;
  dbFile: string | null;
  namespace: string;
  logger: Logger;
  progress: Progress;
  /** Extra server settings, e.g. a low continue-as-new threshold so tests reach it quickly. */
  dynamicConfig?: Record<string, string | number>;
  /** False starts it as bare as any other server, without our search attributes (for tests). */
  withSearchAttributes?: boolean;
};

/** Starts the Temporal CLI's dev server: a real Temporal server with its UI. */
export async function startTemporalDevServer(options: DevServerOptions): Promise<RunningTemporal> {
  const executable = await resolveTemporalCli({
    cliPath: options.cliPath,
    toolsDir: options.toolsDir,
    downloadDir: path.dirname(options.dbFile ?? '.data/temporal'),
    progress: options.progress,
  });
  if (options.dbFile) await mkdir(path.dirname(path.resolve(options.dbFile)), { recursive: true });
  const uiUrl = options.uiPort !== null ? `http://127.0.0.1:${options.uiPort}` : null;
  if (executable.type === 'cached-download') {
    options.logger.info('starting temporal dev server from the SDK download');
    try {
      const server = { executable, ip: '127.0.0.1', port: options.port, namespace: options.namespace, ui: false, extraArgs: settingFlags(options), ...(options.dbFile ? { dbFilename: path.resolve(options.dbFile) } : {}) };
      const env = await TestWorkflowEnvironment.createLocal({ server });
      return { address: env.address, uiUrl: null, stop: () => env.teardown() };
    } catch {
      throw noTemporalCli(options.toolsDir);
    }
  }
  options.logger.info({ executable: executable.path }, 'starting temporal dev server');
  const server = await launch(executable.path, options);
  return { address: `127.0.0.1:${options.port}`, uiUrl, stop: server.stop };
}

function devServerArgs(options: DevServerOptions): string[] {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--namespace', options.namespace];
  args.push('--log-format', 'json', '--log-level', 'error');
  args.push(...(options.uiPort !== null ? ['--ui-port', String(options.uiPort)] : ['--headless']));
  if (options.dbFile) args.push('--db-filename', path.resolve(options.dbFile));
  return [...args, ...settingFlags(options)];
}

/** Our search attributes and server settings, as the CLI takes them. */
function settingFlags(options: DevServerOptions): string[] {
  const args: string[] = [];
  if (options.withSearchAttributes !== false) {
    for (const { name, type } of ALL_SEARCH_ATTRIBUTES) args.push('--search-attribute', `${name}=${TypedSearchAttributes.toMetadataType(type)}`);
  }
  for (const [key, value] of Object.entries({ ...DEV_SERVER_SETTINGS, ...options.dynamicConfig })) args.push('--dynamic-config-value', `${key}=${value}`);
  return args;
}

async function launch(executablePath: string, options: DevServerOptions): Promise<{ stop: () => Promise<void> }> {
  const child = spawn(executablePath, devServerArgs(options), { stdio: ['ignore', 'pipe', 'pipe'], env: inheritedEnvironment() });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  // A launcher that exits without stopping it (an uncaught error) must not leave the port taken.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (!running()) return;
    // A clean stop lets the SQLite file of a persistent server close its journal.
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  const address = `127.0.0.1:${options.port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (await serves(address, options.namespace)) return { stop };
    if (!running() || Date.now() > deadline) {
      await stop();
      options.logger.debug({ output }, 'temporal dev server did not start');
      const why = !running() ? `it exited: ${lastLines(output)}` : `it did not answer on ${address} within ${START_TIMEOUT_MS / 1000} s`;
      throw new AppError(
        'dependency_unavailable',
        `The Temporal CLI at ${executablePath} did not start a server (${why}); replace it, or delete it so that the next start builds a fresh one.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** True once the server answers for the namespace, which it registers after opening its port. */
async function serves(address: string, namespace: string): Promise<boolean> {
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect({ address, connectTimeout: 2000 });
    await connection.workflowService.describeNamespace({ namespace });
    return true;
  } catch {
    return false;
  } finally {
    await connection?.close().catch(() => {});
  }
}

const lastLines = (text: string) => text.trim().split('\n').slice(-3).join(' ') || 'no output';
