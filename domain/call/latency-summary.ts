import type { CallTiming } from './call-timing.js';

export type LatencyFigures = { count: number; p50Ms: number | null; p95Ms: number | null };
export type LatencySummary = { replies: LatencyFigures; tools: LatencyFigures };

/** The nearest-rank percentile: a figure that one of the waits actually was. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function latencyFigures(waits: readonly number[]): LatencyFigures {
  const sorted = [...waits].sort((a, b) => a - b);
  return { count: sorted.length, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95) };
}

/** How long callers waited for the agent's replies and for our tools, as staff read it. */
export function summariseLatency(timings: readonly CallTiming[]): LatencySummary {
  return {
    replies: latencyFigures(timings.flatMap((t) => (t.kind === 'reply' ? [t.totalMs] : []))),
    tools: latencyFigures(timings.flatMap((t) => (t.kind === 'tool' ? [t.ms] : []))),
  };
}
