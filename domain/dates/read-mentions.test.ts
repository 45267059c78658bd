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

  it('takes the caller\'s latest word when they change their mind, and keeps a day they withdrew withdrawn', () => {
    expect(read('Could we come in on Tuesday at one? Actually, no, make it Wednesday at one instead.')).toMatchObject({
      days: ['2026-07-15'],
      time: { hour: 1, minute: 0, meridiemKnown: false },
    });
    expect(read('Would the 16th work... no, sorry, I mean the 23rd. The 16th is a communion.')?.days).toEqual(['2026-07-23']);
    expect(read('The church is on the 10th, but could we come in on the 4th?')?.days).toEqual(['2026-08-04']);
  });

  it('keeps the day when only the time changes, and the day said again after an apology', () => {
    expect(read('Tuesday morning. No, sorry, the afternoon.')).toMatchObject({ days: ['2026-07-14'], partOfDay: 'afternoon' });
    expect(read("This Friday, the 10th? Sorry, I forgot what you asked. Friday at ten.")).toMatchObject({ days: ['2026-07-10'], time: { hour: 10 } });
  });

  it('drops a day ruled out and reads "the one after that" from it', () => {
    expect(read('Not this Saturday, the one after that.')?.days).toEqual(['2026-07-18']);
  });

  it('brings a span down to the weekday named in it', () => {
    expect(read('One morning next week? Thursday would suit us best.')).toMatchObject({ days: ['2026-07-16'], partOfDay: 'morning', time: null });
    expect(read('Thursday at half past ten.', ['2026-07-16'])?.days).toEqual(['2026-07-16']);
  });

  it('hears "Morning." before the caller goes on as a greeting, and "first thing" as the soonest', () => {
    expect(read('Morning. My grandmother passed away Thursday.')).toBeNull();
    expect(read('Morning, if possible.')?.partOfDay).toBe('morning');
    expect(read('Wednesday the 15th, first thing in the morning.')).toMatchObject({ days: ['2026-07-15'], soonest: true });
  });
});
