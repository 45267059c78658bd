import { describe, expect, it } from 'vitest';
import { speakSlot } from './speak-slot.js';

describe('speak slot', () => {
  const wednesdayMorning = '2026-07-08T09:12';

  it.each([
    ['2026-07-08T14:00', 'today at 2 PM'],
    ['2026-07-09T09:30', 'tomorrow at 9:30 AM'],
    ['2026-07-10T11:00', 'this Friday at 11 AM'],
    ['2026-07-11T12:00', 'this Saturday at noon'],
    ['2026-07-14T14:00', 'Tuesday at 2 PM'],
    ['2026-07-21T14:00', 'Tuesday, July 21 at 2 PM'],
  ])('says %s as "%s"', (localStart, spoken) => {
    expect(speakSlot(localStart, wednesdayMorning)).toBe(spoken);
  });

  it('says a date further than six days away in full', () => {
    expect(speakSlot('2026-07-14T14:00', '2026-07-07T20:00')).toBe('Tuesday, July 14 at 2 PM');
  });

  it('refuses text that is not a local date-time', () => {
    expect(() => speakSlot('Friday', wednesdayMorning)).toThrow(RangeError);
  });
});
