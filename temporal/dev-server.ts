import { execFileSync } from 'node:child_process';
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Logger } from '../config/logger.js';
import { ALL_SEARCH_ATTRIBUTES } from './search-attributes.js';

/**
 * The dev server's single history shard hands tasks on at 20 per second by default, which turns
 * every activity behind an update into a 100 ms wait once a call is busy. A real cluster is tuned
 * by its operators; the local one is tuned here.
 */
const DEV_SERVER_TUNING: Record<string, number> = { 'history.transferProcessorMaxPollRPS': 1000 };

export type RunningTemporal = { address: string; uiUrl: string | null; stop: () => Promise<void> };
type Executable = { type: 'existing-path'; path: string } | { type: 'cached-download'; downloadDir: string };

/**
 * Starts the Temporal CLI's dev server: a real Temporal server with its UI. The binary comes from
 * TEMPORAL_CLI_PATH, then `temporal` on PATH, then the newest `temporal-<version>` that .ci/run
 * cached in the tools folder, then the SDK's download (which needs the internet).
 * The SDK passes the dynamic-config flags that workflow updates need.
 */
export async function startTemporalDevServer(options: {
  cliPath: string | undefined;
  toolsDir: string | undefined;
  port: number;
  uiPort: number | null;
  dbFile: string | null;
  namespace: string;
  logger: Logger;
  /** Extra server settings, e.g. a low continue-as-new threshold so tests reach it quickly. */
  dynamicConfig?: Record<string, string | number>;
}): Promise<RunningTemporal> {
  const executable = resolveExecutable(options.cliPath, options.toolsDir, path.dirname(options.dbFile ?? '.data/temporal'));
  options.logger.info({ executable: executable.type === 'existing-path' ? executable.path : 'download' }, 'starting temporal dev server');
  if (options.dbFile) await mkdir(path.dirname(path.resolve(options.dbFile)), { recursive: true });
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable,
      ip: '127.0.0.1',
      port: options.port,
      namespace: options.namespace,
      ui: options.uiPort !== null,
      ...(options.uiPort !== null ? { uiPort: options.uiPort } : {}),
      ...(options.dbFile ? { dbFilename: path.resolve(options.dbFile) } : {}),
      searchAttributes: ALL_SEARCH_ATTRIBUTES,
      log: { format: 'json', level: 'error' },
      extraArgs: Object.entries({ ...DEV_SERVER_TUNING, ...options.dynamicConfig }).flatMap(([key, value]) => ['--dynamic-config-value', `${key}=${value}`]),
    },
  });
  return {
    address: env.address,
    uiUrl: options.uiPort !== null ? `http://127.0.0.1:${options.uiPort}` : null,
    stop: () => env.teardown(),
  };
}

function resolveExecutable(cliPath: string | undefined, toolsDir: string | undefined, downloadDir: string): Executable {
  if (cliPath) return { type: 'existing-path', path: path.resolve(cliPath) };
  const found = whichTemporal() ?? (toolsDir ? newestCachedTemporal(toolsDir) : null);
  if (found) return { type: 'existing-path', path: found };
  return { type: 'cached-download', downloadDir: path.resolve(downloadDir) };
}

function whichTemporal(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v temporal'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** The newest cached `temporal-<version>`; versions compare by number, so v1.10.0 beats v1.9.2. */
function newestCachedTemporal(toolsDir: string): string | null {
  let names: string[];
  try {
    names = readdirSync(toolsDir).filter((name) => name.startsWith('temporal-'));
  } catch {
    return null;
  }
  const runnable = names
    .map((name) => path.resolve(toolsDir, name))
    .filter((file) => {
      try {
        accessSync(file, constants.X_OK);
        return statSync(file).isFile();
      } catch {
        return false;
      }
    });
  runnable.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  return runnable[0] ?? null;
}
