import { describe, expect, it } from 'vitest';
import { formatClock, joinLocalDateTime, minuteOfDay, splitLocalDateTime } from './clock.js';

describe('wall-clock strings', () => {
  it('converts HH:MM to minutes of the day and back', () => {
    expect(minuteOfDay('00:00')).toBe(0);
    expect(minuteOfDay('13:30')).toBe(810);
    expect(formatClock(810)).toBe('13:30');
    expect(formatClock(5)).toBe('00:05');
  });

  it('splits and joins a local date-time', () => {
    expect(splitLocalDateTime('2026-07-10T13:30')).toEqual({ date: '2026-07-10', minute: 810 });
    expect(joinLocalDateTime('2026-07-10', 810)).toBe('2026-07-10T13:30');
  });

  it('rejects malformed input', () => {
    expect(() => minuteOfDay('24:00')).toThrow(RangeError);
    expect(() => splitLocalDateTime('2026-07-10 13:30')).toThrow(RangeError);
    expect(() => splitLocalDateTime('2026-02-31T10:00')).toThrow(RangeError);
  });
});
