import { describe, expect, it } from 'vitest';
import { namedDays } from './named-days.js';
import { prefer } from './test-fixtures.js';

describe('named days', () => {
  it('puts the day of an exact time first, then the named days once each, in order', () => {
    expect(namedDays(prefer({ exact: '2026-07-11T10:00', days: ['2026-07-10', '2026-07-11'] }), '2026-07-08')).toEqual(['2026-07-11', '2026-07-10']);
  });

  it('drops days before today but keeps today', () => {
    expect(namedDays(prefer({ days: ['2026-07-07', '2026-07-08'] }), '2026-07-08')).toEqual(['2026-07-08']);
  });

  it('is empty when the caller named no day', () => {
    expect(namedDays(prefer({ partOfDay: 'morning' }), '2026-07-08')).toEqual([]);
  });
});
