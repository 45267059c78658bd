import { describe, expect, it } from 'vitest';
import { readDatePhrases } from './chrono-reader.js';
import { daysOfResult } from './result-days.js';

const WEDNESDAY = { date: '2026-07-08', minute: 540 };

function daysOf(text: string, contextDays: string[] = []) {
  return readDatePhrases(text, WEDNESDAY).flatMap((result) => daysOfResult(result, text, contextDays));
}

describe('daysOfResult', () => {
  it('expands a week to Monday–Sunday and its early or late part', () => {
    expect(daysOf('next week')).toEqual(['2026-07-13', '2026-07-14', '2026-07-15', '2026-07-16', '2026-07-17', '2026-07-18', '2026-07-19']);
    expect(daysOf('early next week')).toEqual(['2026-07-13', '2026-07-14', '2026-07-15']);
    expect(daysOf('late next week')).toEqual(['2026-07-16', '2026-07-17', '2026-07-18', '2026-07-19']);
  });

  it('expands a weekend to Saturday and Sunday', () => {
    expect(daysOf('this weekend')).toEqual(['2026-07-11', '2026-07-12']);
  });

  it('places a bare weekday inside the days said before, but not a "next" one', () => {
    const nextWeek = ['2026-07-13', '2026-07-14', '2026-07-15'];
    expect(daysOf('Friday')).toEqual(['2026-07-10']);
    expect(daysOf('Wednesday', nextWeek)).toEqual(['2026-07-15']);
    expect(daysOf('this Wednesday', nextWeek)).toEqual(['2026-07-08']);
    // "past" in "half past ten" is no "past Wednesday".
    expect(daysOf('half past ten on Wednesday', nextWeek)).toEqual(['2026-07-15']);
  });

  it('keeps the date of "Monday the 20th" even when another Monday was said before', () => {
    expect(daysOf('Monday the 20th', ['2026-07-13'])).toEqual(['2026-07-20']);
  });

  it('keeps explicit and relative dates, and names no day for a bare time', () => {
    expect(daysOf('August 3')).toEqual(['2026-08-03']);
    expect(daysOf('the day after tomorrow', ['2026-07-17'])).toEqual(['2026-07-10']);
    expect(daysOf('at 10:30')).toEqual([]);
  });
});
