import { describe, expect, it } from 'vitest';
import { billingPeriodBounds, billingPeriodOf, parseBillingPeriod, previousBillingPeriod } from './billing-period.js';

describe('billing periods', () => {
  it('closes the month before the first of a month, across a year', () => {
    expect(previousBillingPeriod(new Date('2027-01-01T00:05:00Z'))).toBe('2026-12');
    expect(previousBillingPeriod(new Date('2026-03-01T00:00:00Z'))).toBe('2026-02');
    expect(previousBillingPeriod(new Date('2026-03-31T23:59:59Z'))).toBe('2026-02');
  });

  it('reads months in UTC, whatever the organization’s zone', () => {
    expect(billingPeriodOf(new Date('2026-11-30T23:30:00-06:00'))).toBe('2026-12');
    expect(billingPeriodBounds('2026-02')).toEqual({ start: new Date('2026-02-01T00:00:00Z'), end: new Date('2026-03-01T00:00:00Z') });
    expect(billingPeriodBounds('2026-12').end).toEqual(new Date('2027-01-01T00:00:00Z'));
  });

  it('refuses what is not a month', () => {
    for (const text of ['2026-13', '2026-1', 'November', '2026-11-01']) expect(() => parseBillingPeriod(text)).toThrow(/YYYY-MM/);
  });
});
