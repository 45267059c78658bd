import { describe, expect, it } from 'vitest';
import { speakSlots } from './speak-slots.js';

// Saturday, July 4: Friday the 10th is six days away, Saturday the 11th a week.
const SATURDAY = '2026-07-04T10:00';

describe('speak slots', () => {
  it('says the day once for several times on it', () => {
    expect(speakSlots(['2026-07-10T09:00', '2026-07-10T13:30'], SATURDAY)).toBe('Friday at 9 AM or 1:30 PM');
    expect(speakSlots(['2026-07-10T09:00', '2026-07-10T10:00', '2026-07-10T12:00'], SATURDAY)).toBe('Friday at 9 AM, 10 AM, or noon');
  });

  it('sets days apart with a comma when one of them has several times', () => {
    expect(speakSlots(['2026-07-10T09:00', '2026-07-10T13:00', '2026-07-11T09:00'], SATURDAY)).toBe(
      'Friday at 9 AM or 1 PM, or Saturday, July 11 at 9 AM',
    );
  });

  it('lists single times on different days', () => {
    expect(speakSlots(['2026-07-04T14:00', '2026-07-05T09:00'], SATURDAY)).toBe('today at 2 PM or tomorrow at 9 AM');
    expect(speakSlots(['2026-07-06T09:00', '2026-07-07T11:00', '2026-07-13T09:00'], SATURDAY)).toBe(
      'Monday at 9 AM, Tuesday at 11 AM, or Monday, July 13 at 9 AM',
    );
  });

  it('keeps the order given, gathering later times under the first mention of their day', () => {
    expect(speakSlots(['2026-07-10T12:30', '2026-07-11T09:00', '2026-07-10T09:30'], SATURDAY)).toBe(
      'Friday at 12:30 PM or 9:30 AM, or Saturday, July 11 at 9 AM',
    );
  });

  it('says one slot like speakSlot, and nothing for no slots', () => {
    expect(speakSlots(['2026-07-05T09:00'], SATURDAY)).toBe('tomorrow at 9 AM');
    expect(speakSlots([], SATURDAY)).toBe('');
  });
});
