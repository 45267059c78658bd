import { performance } from 'node:perf_hooks';

/** Runs `task` and returns what it gave back with the milliseconds it took (sub-millisecond resolution). */
export async function timed<T>(task: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await task();
  return { value, ms: performance.now() - started };
}

export function timedSync<T>(task: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = task();
  return { value, ms: performance.now() - started };
}

export const since = (started: number): number => performance.now() - started;
export const now = (): number => performance.now();
