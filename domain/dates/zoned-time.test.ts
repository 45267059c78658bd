import { describe, expect, it } from 'vitest';
import { instantToLocal, localToInstant, msToWallClock, wallClockToMs } from './zoned-time.js';

const NEW_YORK = 'America/New_York';

describe('zoned time', () => {
  it('converts local wall clock to UTC and back in summer and winter', () => {
    expect(localToInstant('2026-07-10T11:00', 'America/Denver')).toBe('2026-07-10T17:00:00.000Z');
    expect(localToInstant('2026-11-11T14:00', NEW_YORK)).toBe('2026-11-11T19:00:00.000Z');
    expect(instantToLocal('2026-07-11T18:00:00Z', 'America/Los_Angeles')).toBe('2026-07-11T11:00');
  });

  it('reports the skipped hour of the spring-forward day as non-existent', () => {
    expect(localToInstant('2026-03-08T02:30', NEW_YORK)).toBeNull();
    expect(wallClockToMs('2026-03-08', 150, NEW_YORK).exists).toBe(false);
    expect(localToInstant('2026-03-08T01:59', NEW_YORK)).toBe('2026-03-08T06:59:00.000Z');
    expect(localToInstant('2026-03-08T03:00', NEW_YORK)).toBe('2026-03-08T07:00:00.000Z');
  });

  it('gives a 23-hour spring-forward day and a 25-hour fall-back day', () => {
    const hours = (date: string, next: string) =>
      (wallClockToMs(next, 0, NEW_YORK).ms - wallClockToMs(date, 0, NEW_YORK).ms) / 3_600_000;
    expect(hours('2026-03-08', '2026-03-09')).toBe(23);
    expect(hours('2026-11-01', '2026-11-02')).toBe(25);
  });

  it('shows both occurrences of the repeated fall-back hour as the same wall clock', () => {
    expect(msToWallClock(Date.parse('2026-11-01T05:30:00Z'), NEW_YORK)).toBe('2026-11-01T01:30');
    expect(msToWallClock(Date.parse('2026-11-01T06:30:00Z'), NEW_YORK)).toBe('2026-11-01T01:30');
    expect(localToInstant('2026-11-01T01:30', NEW_YORK)).not.toBeNull();
  });

  it('rejects unknown zones and malformed instants', () => {
    expect(() => localToInstant('2026-07-10T11:00', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => instantToLocal('yesterday', NEW_YORK)).toThrow(RangeError);
  });
});
