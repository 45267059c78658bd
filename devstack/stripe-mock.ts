import { spawn } from 'node:child_process';
import type { Logger } from '../config/logger.js';
import { freePort } from './free-port.js';

const READY_WITHIN_MS = 30_000;

export type StripeMock = { url: string; stop: () => Promise<void> };

/**
 * stripe-mock on a free loopback port: Stripe's API as its OpenAPI document states it, answering
 * with fixtures and keeping nothing. What tests and a local run with billing on point the SDK at.
 */
export async function startStripeMock(options: { binary: string; logger: Logger }): Promise<StripeMock> {
  const port = await freePort();
  // It always serves HTTPS too (on 12112 unless told otherwise): a port of its own, so two runs never collide.
  const httpsPort = await freePort();
  const child = spawn(options.binary, ['-http-addr', `127.0.0.1:${port}`, '-https-addr', `127.0.0.1:${httpsPort}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.on('data', () => {}); // its request log is not ours to print
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`stripe-mock (${options.binary}) exited with code ${child.exitCode} before it was ready`);
    // Any authenticated GET proves it listens: it answers every path of Stripe's API with a fixture.
    const response = await fetch(`${url}/v1/balance`, { headers: { authorization: 'Bearer sk_test_ready' }, signal: AbortSignal.timeout(2000) }).catch(() => null);
    if (response?.ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`stripe-mock did not answer on ${url} within ${READY_WITHIN_MS} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  options.logger.info({ url }, 'stripe-mock ready');
  return { url, stop };
}
