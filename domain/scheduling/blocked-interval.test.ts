import { describe, expect, it } from 'vitest';
import { blockedInterval, guardedRange } from './blocked-interval.js';

const overlap = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

describe('blocked interval', () => {
  it('holds the booking and the buffer after it', () => {
    expect(blockedInterval('2026-07-10T16:00:00Z', '2026-07-10T18:00:00Z', 30)).toEqual({
      start: '2026-07-10T16:00:00.000Z',
      end: '2026-07-10T18:30:00.000Z',
    });
  });

  it('guards a candidate with the buffer on both sides', () => {
    expect(guardedRange(60 * 60_000, 120 * 60_000, 30)).toEqual([30 * 60_000, 150 * 60_000]);
  });

  it('conflicts pairwise exactly when a candidate with buffers on both sides meets a raw busy interval', () => {
    const minutes = (m: number) => new Date(Date.UTC(2026, 6, 10) + m * 60_000).toISOString();
    for (let aStart = 0; aStart <= 300; aStart += 15) {
      for (let bStart = 0; bStart <= 300; bStart += 15) {
        const a: [number, number] = [aStart, aStart + 90];
        const b: [number, number] = [bStart, bStart + 60];
        const blockedA = blockedInterval(minutes(a[0]), minutes(a[1]), 30);
        const blockedB = blockedInterval(minutes(b[0]), minutes(b[1]), 30);
        const pairwise = overlap(
          [Date.parse(blockedA.start), Date.parse(blockedA.end)],
          [Date.parse(blockedB.start), Date.parse(blockedB.end)],
        );
        const guarded = overlap(guardedRange(Date.parse(minutes(a[0])), Date.parse(minutes(a[1])), 30), [
          Date.parse(minutes(b[0])),
          Date.parse(minutes(b[1])),
        ]);
        expect(pairwise).toBe(guarded);
      }
    }
  });
});
