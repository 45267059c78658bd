import { spawn } from 'node:child_process';
import path from 'node:path';
import { inheritedEnvironment } from '../../config/load-config.js';
import type { Logger } from '../../config/logger.js';
import { waitForHttp, type Service } from '../../devstack/child-process.js';
import { freePort } from '../../devstack/free-port.js';

const READY_WITHIN_MS = 60_000;
const STOP_GRACE_MS = 10_000;

export type ApiProcess = { baseUrl: string; pid: number; stop: () => Promise<void> };

/**
 * The real API entry point (api/main.ts) as a process of its own on a free loopback port, as it
 * runs in production: its own event loop and its own pool of ten database connections, so the
 * load generator in this process does not share a thread with it. Warnings only, so per-request
 * log lines cost nothing; what it does print goes to our stderr, never among the figures.
 */
export async function startApiProcess(options: { databaseUrl: string; temporalAddress: string; logger: Logger }): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('api/main.ts')], {
    env: inheritedEnvironment({
      DATABASE_URL: options.databaseUrl,
      TEMPORAL_ADDRESS: options.temporalAddress,
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(process.stderr, { end: false });
  child.stderr.pipe(process.stderr, { end: false });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  const service: Service = { name: 'api', child, exited, stop };
  const baseUrl = `http://127.0.0.1:${port}`;
  options.logger.info({ pid: child.pid, url: baseUrl }, 'starting the API process');
  try {
    await waitForHttp(`${baseUrl}/health`, service, READY_WITHIN_MS);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: child.pid ?? 0, stop };
}
