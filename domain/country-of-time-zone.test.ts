import { describe, expect, it } from 'vitest';
import { countryOfTimeZone } from './country-of-time-zone.js';

describe('countryOfTimeZone', () => {
  it("names the zone's main country", () => {
    expect(countryOfTimeZone('America/Chicago')).toBe('US');
    expect(countryOfTimeZone('Australia/Perth')).toBe('AU');
    expect(countryOfTimeZone('Europe/London')).toBe('GB');
    expect(countryOfTimeZone('America/Toronto')).toBe('CA');
  });

  it('knows none for a zone of no country', () => {
    expect(countryOfTimeZone('UTC')).toBeNull();
  });
});
