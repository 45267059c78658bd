import { describe, expect, it } from 'vitest';
import { reminderInstant } from './reminder-instant.js';

describe('reminder instant', () => {
  it('is 24 hours before the appointment', () => {
    expect(reminderInstant('2026-07-10T16:00:00.000Z')).toBe('2026-07-09T16:00:00.000Z');
    expect(reminderInstant('2026-07-10T09:00-07:00')).toBe('2026-07-09T16:00:00.000Z');
  });

  it('counts elapsed hours across a DST night, not the wall clock', () => {
    // Monday 9:00 CDT after the spring-forward night; 24 hours earlier is Sunday 8:00 CDT.
    expect(reminderInstant('2026-03-09T14:00:00Z')).toBe('2026-03-08T14:00:00.000Z');
  });

  it('refuses a start without a zone', () => {
    expect(() => reminderInstant('2026-07-10T09:00')).toThrow(RangeError);
  });
});
