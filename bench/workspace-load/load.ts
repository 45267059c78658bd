import autocannon from 'autocannon';
import type { Logger } from '../../config/logger.js';
import { now, since } from '../support/stopwatch.js';
import { cpuShareSince, markCpu, type CpuShare } from './cpu-share.js';
import { summarize, type Summary } from '../support/summary.js';

const PROGRESS_EVERY_MS = 5_000;

export type LoadRun = {
  seconds: number;
  /** Answers per second of the whole run, 2xx or not. */
  rps: number;
  /** Latency of the 2xx answers, each one measured (sub-millisecond), not autocannon's histogram buckets. */
  latency: Summary;
  /** Connection errors and timeouts: no answer at all. */
  errors: number;
  /** Answers other than 2xx, by status. */
  non2xx: Record<number, number>;
  /** Null where the machine has no /proc. */
  cpu: CpuShare | null;
};

export type LoadPlan = {
  baseUrl: string;
  /** The API's process, whose CPU time is counted apart from the rest of the machine's. */
  apiPid: number;
  /** The session cookie of a signed-in member; sent on every request, never logged. */
  cookie: string;
  /** The paths (with their query strings) to take turns with, one request after another across all connections. */
  paths: readonly string[];
  connections: number;
  seconds: number;
  /** Requests a second offered across all connections (an open rate); absent, each connection asks again as soon as it is answered. */
  rate?: number;
};

/**
 * `connections` keep-alive connections for `seconds`, each sending its next request as soon as the
 * last one is answered (a closed loop), or, with `rate`, that many a second between them all, each
 * connection waiting for its answer before it sends the next. Request n goes to paths[n mod paths.length], so every
 * query of the rotation runs about as often as every other.
 */
export async function runLoad(plan: LoadPlan, logger: Logger): Promise<LoadRun> {
  let next = 0;
  const samples: number[] = [];
  const non2xx: Record<number, number> = {};
  const started = now();
  const cpu = markCpu(plan.apiPid);
  const progress = setInterval(() => logger.info({ answered: samples.length, seconds: Math.round(since(started) / 1000), of: plan.seconds }, 'load running'), PROGRESS_EVERY_MS);
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: plan.baseUrl,
          connections: plan.connections,
          duration: plan.seconds,
          ...(plan.rate ? { overallRate: plan.rate } : {}),
          headers: { cookie: plan.cookie, accept: 'application/json' },
          requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: plan.paths[next++ % plan.paths.length] }) }],
        },
        (error: unknown, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
      );
      instance.on('response', (_client, statusCode, _bytes, responseMs) => {
        if (statusCode >= 200 && statusCode < 300) samples.push(responseMs);
        else non2xx[statusCode] = (non2xx[statusCode] ?? 0) + 1;
      });
    });
    const seconds = since(started) / 1000;
    const answered = samples.length + Object.values(non2xx).reduce((a, b) => a + b, 0);
    return { seconds, rps: answered / seconds, latency: summarize(samples), errors: result.errors, non2xx, cpu: cpuShareSince(cpu, plan.apiPid, answered) };
  } finally {
    clearInterval(progress);
  }
}
