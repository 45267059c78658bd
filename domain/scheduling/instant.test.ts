import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from './instant.js';

describe('instant', () => {
  it('reads instants in UTC or with an offset', () => {
    expect(parseInstant('2026-07-10T16:00:00Z')).toBe(Date.UTC(2026, 6, 10, 16));
    expect(parseInstant('2026-07-10T18:00+02:00')).toBe(Date.UTC(2026, 6, 10, 16));
    expect(formatInstant(Date.UTC(2026, 6, 10, 16))).toBe('2026-07-10T16:00:00.000Z');
  });

  it('refuses strings without a zone and strings that are no instant', () => {
    expect(() => parseInstant('2026-07-10T16:00')).toThrow(RangeError);
    expect(() => parseInstant('2026-02-30T16:00:00Z')).toThrow(RangeError);
    expect(() => parseInstant('tomorrow')).toThrow(RangeError);
  });
});
