import { describe, expect, it } from 'vitest';
import { readMentions } from './read-mentions.js';

const read = (text: string, contextDays: string[] = []) =>
  readMentions(text, { reference: { date: '2026-07-08', minute: 540 }, timeZone: 'America/Los_Angeles', contextDays });

describe('readMentions', () => {
  it('separates days, spoken time and part of the day', () => {
    expect(read('Friday at 1:30 in the afternoon')).toEqual({
      days: ['2026-07-10'],
      time: { hour: 1, minute: 30, meridiemKnown: false },
      exact: null,
      partOfDay: 'afternoon',
      soonest: false,
      weekdaysOnly: false,
    });
  });

  it('keeps the am/pm when it was said', () => {
    expect(read('Saturday at 11 AM')?.time).toEqual({ hour: 11, minute: 0, meridiemKnown: true });
  });

  it('flags weekdays only and the soonest wish', () => {
    expect(read('any weekday, as soon as possible')).toMatchObject({ days: [], weekdaysOnly: true, soonest: true });
  });

  it('drops past days and the mentions of a death', () => {
    expect(read('yesterday')).toBeNull();
    expect(read('She passed this morning.')).toBeNull();
  });

  it('reads "now" as the present, not as a time to book', () => {
    expect(read("It's actually Claire Hughes now.")).toBeNull();
  });

  it('takes a bare hour before a part of the day as the time', () => {
    expect(read('Then 10 that morning, please.')?.time).toEqual({ hour: 10, minute: 0, meridiemKnown: false });
  });
});
