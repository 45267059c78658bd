import { describe, expect, it } from 'vitest';
import { searchDates } from './search-dates.js';

describe('search dates', () => {
  it('covers the horizon from today, across a month end', () => {
    expect(searchDates('2026-07-30', 4, [])).toEqual(['2026-07-30', '2026-07-31', '2026-08-01', '2026-08-02']);
  });

  it('adds named days beyond the horizon, in calendar order, without repeats', () => {
    expect(searchDates('2026-07-08', 2, ['2026-07-28', '2026-07-09'])).toEqual(['2026-07-08', '2026-07-09', '2026-07-28']);
  });
});
