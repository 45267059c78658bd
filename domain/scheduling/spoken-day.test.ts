import { describe, expect, it } from 'vitest';
import { spokenDay } from './spoken-day.js';

describe('spoken day', () => {
  it.each([
    ['2026-07-08', 'today'],
    ['2026-07-09', 'tomorrow'],
    ['2026-07-10', 'this Friday'],
    ['2026-07-12', 'this Sunday'],
    ['2026-07-14', 'Tuesday'],
    ['2026-07-15', 'Wednesday, July 15'],
    ['2026-08-03', 'Monday, August 3'],
    ['2026-07-07', 'Tuesday, July 7'],
  ])('says %s as "%s" on Wednesday, July 8', (date, spoken) => {
    expect(spokenDay(date, '2026-07-08')).toBe(spoken);
  });

  it('counts days across a year end', () => {
    expect(spokenDay('2027-01-01', '2026-12-30')).toBe('this Friday');
  });

  it('says a day of next week, less than a week away, by its bare weekday', () => {
    expect(spokenDay('2026-07-13', '2026-07-10')).toBe('Monday');
  });
});
