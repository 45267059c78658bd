import { describe, expect, it } from 'vitest';
import { blockedInterval, blockedRangeMs } from './blocked-interval.js';
import { createBusyIndex, overlapsBusy } from './busy-index.js';

const minutes = (m: number) => new Date(Date.UTC(2026, 6, 10) + m * 60_000).toISOString();
const overlap = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

describe('blocked interval', () => {
  it('holds the booking and the buffer after it, as the database stores it', () => {
    expect(blockedInterval('2026-07-10T16:00:00Z', '2026-07-10T18:00:00Z', 30)).toEqual({
      start: '2026-07-10T16:00:00.000Z',
      end: '2026-07-10T18:30:00.000Z',
    });
    expect(blockedRangeMs(0, 60_000, 0)).toEqual([0, 60_000]);
  });

  it('rejects instants without a zone, which would be read in the host zone', () => {
    expect(() => blockedInterval('2026-07-10T16:00', '2026-07-10T18:00', 30)).toThrow(RangeError);
  });

  it('keeps two bookings a buffer apart in either order when blocked ranges must not overlap', () => {
    for (let aStart = 0; aStart <= 300; aStart += 15) {
      for (let bStart = 0; bStart <= 300; bStart += 15) {
        const [aEnd, bEnd] = [aStart + 90, bStart + 60];
        const blockedA = blockedRangeMs(aStart * 60_000, aEnd * 60_000, 30);
        const blockedB = blockedRangeMs(bStart * 60_000, bEnd * 60_000, 30);
        const gap = Math.max(bStart - aEnd, aStart - bEnd);
        expect(overlap(blockedA, blockedB)).toBe(gap < 30);
      }
    }
  });

  it('agrees with the index queried the way the slot engine queries it', () => {
    const stored = blockedInterval(minutes(120), minutes(180), 30);
    const index = createBusyIndex([stored]);
    const ms = (m: number) => Date.parse(minutes(m));
    const candidateFree = (start: number, end: number) => !overlapsBusy(index, ...blockedRangeMs(ms(start), ms(end), 30));
    expect(candidateFree(30, 90)).toBe(true);
    expect(candidateFree(45, 105)).toBe(false);
    expect(candidateFree(210, 270)).toBe(true);
    expect(candidateFree(195, 255)).toBe(false);
  });
});
