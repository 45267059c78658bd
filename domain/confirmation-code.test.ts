import { describe, expect, it } from 'vitest';
import { formatConfirmationCode } from './confirmation-code.js';

describe('confirmation code', () => {
  it('puts the service prefix before a six-digit sequence', () => {
    expect(formatConfirmationCode('burial', 42)).toBe('BUR-000042');
    expect(formatConfirmationCode('cremation', 1)).toBe('CRE-000001');
    expect(formatConfirmationCode('planning', 999_999)).toBe('PLN-999999');
    expect(formatConfirmationCode('viewing', 123_456)).toBe('VIE-123456');
  });

  it.each([0, -1, 1_000_000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses sequence %s', (sequence) => {
    expect(() => formatConfirmationCode('memorial', sequence)).toThrow(RangeError);
  });
});
