import { describe, expect, it } from 'vitest';
import { latencyFigures, summariseLatency } from './latency-summary.js';

describe('the latency summary', () => {
  it('gives the median and the 95th percentile as waits that happened', () => {
    expect(latencyFigures(Array.from({ length: 20 }, (_, i) => (20 - i) * 100))).toEqual({ count: 20, p50Ms: 1000, p95Ms: 1900 });
    expect(latencyFigures([700])).toEqual({ count: 1, p50Ms: 700, p95Ms: 700 });
    expect(latencyFigures([])).toEqual({ count: 0, p50Ms: null, p95Ms: null });
  });

  it('keeps the replies and the tools apart', () => {
    const at = '2026-12-01T15:00:00.000Z';
    expect(
      summariseLatency([
        { kind: 'reply', at, totalMs: 1500, thinkMs: 900, ttsMs: 300 },
        { kind: 'tool', at, tool: 'check_availability', ms: 40 },
        { kind: 'reply', at, totalMs: 900, thinkMs: 500, ttsMs: 200 },
      ]),
    ).toEqual({ replies: { count: 2, p50Ms: 900, p95Ms: 1500 }, tools: { count: 1, p50Ms: 40, p95Ms: 40 } });
  });
});
