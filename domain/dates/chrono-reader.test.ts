import { describe, expect, it } from 'vitest';
import { readDatePhrases, resultDate } from './chrono-reader.js';

const datesOf = (text: string, date: string, minute = 600) => readDatePhrases(text, { date, minute }).map(resultDate);

describe('readDatePhrases', () => {
  it('resolves relative words against the tenant wall clock', () => {
    expect(datesOf('tomorrow', '2026-07-08')).toEqual(['2026-07-09']);
    expect(datesOf('this Friday', '2026-07-10')).toEqual(['2026-07-10']);
    expect(datesOf('next Friday', '2026-07-10')).toEqual(['2026-07-17']);
  });

  it('steps over daylight-saving days by calendar day', () => {
    expect(datesOf('tomorrow', '2026-03-07', 23 * 60 + 30)).toEqual(['2026-03-08']);
    expect(datesOf('tomorrow', '2026-03-08', 2 * 60 + 30)).toEqual(['2026-03-09']);
    expect(datesOf('tomorrow', '2026-10-31', 23 * 60 + 30)).toEqual(['2026-11-01']);
  });

  it('includes the custom day and clock parsers', () => {
    expect(datesOf('the 21st', '2026-07-08')).toEqual(['2026-07-21']);
    expect(readDatePhrases('half past ten', { date: '2026-07-08', minute: 540 })[0]?.start.get('minute')).toBe(30);
  });
});
