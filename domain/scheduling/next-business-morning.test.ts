import { describe, expect, it } from 'vitest';
import { defaultTenantSettings, WEEKDAYS, type TenantSettings } from '../tenant-settings.js';
import { nextBusinessMorning } from './next-business-morning.js';
import { instantOf } from './test-fixtures.js';

const CHICAGO = defaultTenantSettings('America/Chicago');

describe('next business morning', () => {
  it('is the next open day at opening time, counted from the local date', () => {
    expect(nextBusinessMorning(instantOf('2026-07-08T16:00', 'America/Chicago'), CHICAGO)).toBe(instantOf('2026-07-09T09:00', 'America/Chicago'));
    // 23:30 Wednesday in Chicago is already Thursday in UTC; the next morning is still Thursday's.
    expect(nextBusinessMorning('2026-07-09T04:30:00Z', CHICAGO)).toBe('2026-07-09T14:00:00.000Z');
  });

  it('is strictly after the local date, even before opening', () => {
    expect(nextBusinessMorning(instantOf('2026-07-09T06:00', 'America/Chicago'), CHICAGO)).toBe(instantOf('2026-07-10T09:00', 'America/Chicago'));
  });

  it('skips the closed Sunday, across the spring-forward change', () => {
    expect(nextBusinessMorning(instantOf('2026-03-07T14:00', 'America/Chicago'), CHICAGO)).toBe('2026-03-09T14:00:00.000Z');
  });

  it('uses the tenant zone far from UTC', () => {
    expect(nextBusinessMorning('2026-07-08T21:00:00Z', defaultTenantSettings('Pacific/Auckland'))).toBe('2026-07-09T21:00:00.000Z');
  });

  it('is nine the next morning for an organization that has set no open hours', () => {
    const closed: TenantSettings = { ...CHICAGO, businessHours: Object.fromEntries(WEEKDAYS.map((d) => [d, null])) as TenantSettings['businessHours'] };
    expect(nextBusinessMorning(instantOf('2026-07-08T16:00', 'America/Chicago'), closed)).toBe(instantOf('2026-07-09T09:00', 'America/Chicago'));
  });
});
