import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Logger } from '../config/logger.js';
import { ALL_SEARCH_ATTRIBUTES } from './search-attributes.js';

export type RunningTemporal = { address: string; uiUrl: string | null; stop: () => Promise<void> };
type Executable = { type: 'existing-path'; path: string } | { type: 'cached-download'; downloadDir: string };

/**
 * Starts the Temporal CLI's dev server: a real Temporal server with its UI. The binary comes from
 * TEMPORAL_CLI_PATH, then `temporal` on PATH, then the SDK's download (which needs the internet).
 * The SDK passes the dynamic-config flags that workflow updates need.
 */
export async function startTemporalDevServer(options: {
  cliPath: string | undefined;
  port: number;
  uiPort: number | null;
  dbFile: string | null;
  namespace: string;
  logger: Logger;
}): Promise<RunningTemporal> {
  const executable = resolveExecutable(options.cliPath, path.dirname(options.dbFile ?? '.data/temporal'));
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
    },
  });
  return {
    address: env.address,
    uiUrl: options.uiPort !== null ? `http://127.0.0.1:${options.uiPort}` : null,
    stop: () => env.teardown(),
  };
}

function resolveExecutable(cliPath: string | undefined, downloadDir: string): Executable {
  if (cliPath) return { type: 'existing-path', path: path.resolve(cliPath) };
  const onPath = whichTemporal();
  if (onPath) return { type: 'existing-path', path: onPath };
  return { type: 'cached-download', downloadDir: path.resolve(downloadDir) };
}

function whichTemporal(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v temporal'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}
