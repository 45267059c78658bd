import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Logger } from '../config/logger.js';
import { AppError } from '../domain/app-error.js';
import { ALL_SEARCH_ATTRIBUTES } from '../temporal/search-attributes.js';
import type { Progress } from './go-tool.js';
import { noTemporalCli, resolveTemporalCli } from './temporal-cli.js';

/**
 * The dev server's single history shard hands tasks on at 20 per second by default, which turns
 * every activity behind an update into a 100 ms wait once a call is busy. A real cluster is tuned
 * by its operators; the local one is tuned here.
 */
const DEV_SERVER_TUNING: Record<string, number> = { 'history.transferProcessorMaxPollRPS': 1000 };

export type RunningTemporal = { address: string; uiUrl: string | null; stop: () => Promise<void> };

/**
 * Starts the Temporal CLI's dev server: a real Temporal server with its UI. The SDK passes the
 * dynamic-config flags that workflow updates need.
 */
export async function startTemporalDevServer(options: {
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
}): Promise<RunningTemporal> {
  const executable = await resolveTemporalCli({
    cliPath: options.cliPath,
    toolsDir: options.toolsDir,
    downloadDir: path.dirname(options.dbFile ?? '.data/temporal'),
    progress: options.progress,
  });
  options.logger.info({ executable: executable.type === 'existing-path' ? executable.path : 'download' }, 'starting temporal dev server');
  if (options.dbFile) await mkdir(path.dirname(path.resolve(options.dbFile)), { recursive: true });
  let env: TestWorkflowEnvironment;
  try {
    env = await TestWorkflowEnvironment.createLocal({
      server: {
        executable,
        ip: '127.0.0.1',
        port: options.port,
        namespace: options.namespace,
        ui: options.uiPort !== null,
        ...(options.uiPort !== null ? { uiPort: options.uiPort } : {}),
        ...(options.dbFile ? { dbFilename: path.resolve(options.dbFile) } : {}),
        ...(options.withSearchAttributes === false ? {} : { searchAttributes: ALL_SEARCH_ATTRIBUTES }),
        log: { format: 'json', level: 'error' },
        extraArgs: Object.entries({ ...DEV_SERVER_TUNING, ...options.dynamicConfig }).flatMap(([key, value]) => ['--dynamic-config-value', `${key}=${value}`]),
      },
    });
  } catch (error) {
    if (executable.type === 'cached-download') throw noTemporalCli(options.toolsDir);
    options.logger.debug({ err: error }, 'temporal dev server did not start');
    throw new AppError(
      'dependency_unavailable',
      `The Temporal CLI at ${executable.path} did not start a server; replace it, or delete it so that the next start builds a fresh one (LOG_LEVEL=debug shows why it failed).`,
      { cause: error },
    );
  }
  return {
    address: env.address,
    uiUrl: options.uiPort !== null ? `http://127.0.0.1:${options.uiPort}` : null,
    stop: () => env.teardown(),
  };
}
