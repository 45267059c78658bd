import { describe, expect, it } from 'vitest';
import { digitRuns } from './spoken-digits.js';

const digits = (text: string) => digitRuns(text).map((run) => run.digits);

describe('digitRuns', () => {
  it('joins written groups across spaces, dashes, dots and brackets', () => {
    expect(digits('555-123-4567')).toEqual(['5551234567']);
    expect(digits('(555) 987 6543')).toEqual(['5559876543']);
    expect(digits('+1 555.123.4567')).toEqual(['15551234567']);
  });

  it('reads spoken digits with "oh", "double", "triple", teens, tens and hundreds', () => {
    expect(digits('Six one seven, five five five, zero one eight eight.')).toEqual(['6175550188']);
    expect(digits('six one seven five five five oh one eight eight')).toEqual(['6175550188']);
    expect(digits('double five five, one two three, four five six seven')).toEqual(['5551234567']);
    expect(digits('triple five')).toEqual(['555']);
    expect(digits('five five five twelve twelve')).toEqual(['5551212']);
    expect(digits('twenty-one eighty eight')).toEqual(['2188']);
    expect(digits('one eight hundred')).toEqual(['1800']);
    expect(digits('five five five 123 4567')).toEqual(['5551234567']);
  });

  it('ends a run at a word or a colon', () => {
    expect(digits("I'm 78 and at 1:30 on Tuesday")).toEqual(['78', '1', '30']);
    expect(digits('Oh. How about the first one?')).toEqual(['0', '1']);
  });

  it('says where each run starts and ends', () => {
    expect(digitRuns('call 555-123-4567')).toEqual([{ digits: '5551234567', index: 5, end: 17 }]);
    expect(digitRuns('castellanos seventy-seven at')).toEqual([{ digits: '77', index: 12, end: 25 }]);
  });
});
