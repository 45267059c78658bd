import { describe, expect, it } from 'vitest';
import { partOfDayAt } from './part-of-day.js';

describe('partOfDayAt', () => {
  it('splits the day at noon and at five', () => {
    expect(partOfDayAt(11 * 60 + 59)).toBe('morning');
    expect(partOfDayAt(12 * 60)).toBe('afternoon');
    expect(partOfDayAt(16 * 60 + 59)).toBe('afternoon');
    expect(partOfDayAt(17 * 60)).toBe('evening');
  });
});
