import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '../config/logger.js';
import { inheritedEnvironment } from '../config/load-config.js';

export type Service = { name: string; child: ChildProcess; exited: Promise<number | null>; stop: () => Promise<void> };

const STOP_GRACE_MS = 10_000;

/**
 * Runs a TypeScript or JavaScript entry point as a child process that shares our terminal. It gets
 * a process group of its own, so Ctrl-C reaches only the launcher, which stops the services in
 * order (worker before the servers it needs) instead of all of them at once.
 */
export function spawnService(options: {
  name: string;
  entry: string;
  env: Record<string, string>;
  logger: Logger;
  typescript: boolean;
  /** Variables it must not inherit: a secret that is another process's to hold. */
  withhold?: readonly string[];
}): Service {
  const args = options.typescript ? ['--import', 'tsx', options.entry] : [options.entry];
  const env = inheritedEnvironment(options.env);
  for (const name of options.withhold ?? []) delete env[name];
  const child = spawn(process.execPath, args, {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      options.logger.warn({ service: options.name }, 'did not stop in time; killing');
      child.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  return { name: options.name, child, exited, stop };
}

/** Polls a URL until it answers 2xx, or fails after the timeout, or as soon as the service dies. */
export async function waitForHttp(url: string, service: Service, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  void service.exited.then(() => (died = true));
  while (Date.now() < deadline) {
    if (died) throw new Error(`${service.name} exited before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} did not answer ${url} within ${timeoutMs} ms`);
}
