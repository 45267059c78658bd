import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isWeekend, parseLocalDate, startOfWeek, weekdayOf } from './local-date.js';

describe('local dates', () => {
  it('names the weekday of the scenario reference days', () => {
    expect(weekdayOf('2026-07-08')).toBe('wednesday');
    expect(weekdayOf('2026-07-10')).toBe('friday');
    expect(weekdayOf('2026-11-02')).toBe('monday');
    expect(weekdayOf('2026-11-01')).toBe('sunday');
  });

  it('adds days across month, year and DST boundaries as plain calendar days', () => {
    expect(addDays('2026-07-31', 1)).toBe('2026-08-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31');
  });

  it('counts whole days between dates in either direction', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-11-02', '2026-10-31')).toBe(-2);
  });

  it('finds the Monday of the week, a Sunday belonging to the week before it', () => {
    expect(startOfWeek('2026-07-08')).toBe('2026-07-06');
    expect(startOfWeek('2026-11-01')).toBe('2026-10-26');
    expect(startOfWeek('2026-11-02')).toBe('2026-11-02');
  });

  it('tells weekend days from weekdays', () => {
    expect(isWeekend('2026-07-11')).toBe(true);
    expect(isWeekend('2026-07-12')).toBe(true);
    expect(isWeekend('2026-07-13')).toBe(false);
  });

  it('rejects malformed and impossible dates', () => {
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(() => parseLocalDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseLocalDate('2026-7-8')).toThrow(RangeError);
  });
});
