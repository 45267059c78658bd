import { describe, expect, it } from 'vitest';
import { readDatePhrases, resultDate } from './chrono-reader.js';

const dayOf = (text: string, reference: string) => {
  const [result] = readDatePhrases(text, { date: reference, minute: 600 });
  return result && result.start.isCertain('day') ? resultDate(result) : null;
};

describe('ordinal day of the month', () => {
  it('reads "the 21st" as the coming 21st', () => {
    expect(dayOf('How about the 21st?', '2026-07-08')).toBe('2026-07-21');
    expect(dayOf('the 2nd', '2026-07-08')).toBe('2026-08-02');
    expect(dayOf('on the 8th', '2026-07-08')).toBe('2026-07-08');
  });

  it('skips months too short for the day and crosses the year', () => {
    expect(dayOf('the 31st', '2026-04-15')).toBe('2026-05-31');
    expect(dayOf('the 3rd', '2026-12-20')).toBe('2027-01-03');
  });

  it('leaves a named month to chrono', () => {
    expect(dayOf('the 3rd of August', '2026-07-08')).toBe('2026-08-03');
  });

  it('ignores numbers that are no day of a month', () => {
    expect(dayOf('the 45th', '2026-07-08')).toBeNull();
  });
});
