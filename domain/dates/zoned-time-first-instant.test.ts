import { describe, expect, it } from 'vitest';
import { splitLocalDateTime } from './clock.js';
import { msToWallClock, wallClockToMs } from './zoned-time.js';

const QUARTER_HOUR_MS = 15 * 60_000;

/** Every wall-clock quarter hour of a stretch of time, mapped to the first instant showing it. */
function scanFirstInstants(fromUtc: string, hours: number, timeZone: string): Map<string, number> {
  const first = new Map<string, number>();
  for (let ms = Date.parse(fromUtc); ms < Date.parse(fromUtc) + hours * 3_600_000; ms += QUARTER_HOUR_MS) {
    const wall = msToWallClock(ms, timeZone);
    if (!first.has(wall)) first.set(wall, ms);
  }
  return first;
}

describe('first instant of a wall-clock time', () => {
  it('takes the earlier instant of a time repeated by the fall-back change', () => {
    expect(new Date(wallClockToMs('2026-11-01', 60, 'America/Chicago').ms).toISOString()).toBe('2026-11-01T06:00:00.000Z');
    expect(new Date(wallClockToMs('2026-11-01', 90, 'America/Chicago').ms).toISOString()).toBe('2026-11-01T06:30:00.000Z');
    expect(new Date(wallClockToMs('2026-04-05', 150, 'Pacific/Auckland').ms).toISOString()).toBe('2026-04-04T13:30:00.000Z');
  });

  it('reports a time skipped by the spring-forward change as not existing', () => {
    expect(wallClockToMs('2026-03-08', 150, 'America/Chicago').exists).toBe(false);
    expect(wallClockToMs('2026-09-27', 150, 'Pacific/Auckland').exists).toBe(false);
  });

  it.each([
    ['America/Chicago', '2026-11-01T00:00:00Z'],
    ['America/Chicago', '2026-03-08T00:00:00Z'],
    ['Pacific/Auckland', '2026-04-04T08:00:00Z'],
    ['Pacific/Auckland', '2026-09-26T08:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T10:00:00Z'],
  ])('agrees with a scan of every quarter hour around the change in %s', (timeZone, fromUtc) => {
    for (const [wall, ms] of scanFirstInstants(fromUtc, 30, timeZone)) {
      const { date, minute } = splitLocalDateTime(wall);
      expect(wallClockToMs(date, minute, timeZone), wall).toEqual({ ms, exists: true });
    }
  });
});
