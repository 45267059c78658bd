import { describe, expect, it } from 'vitest';
import { hourBeforePartOfDay } from './hour-before-part-of-day.js';
import { findPartOfDayPhrases } from './part-of-day-phrases.js';

const timeIn = (text: string) => hourBeforePartOfDay(text, findPartOfDayPhrases(text));

describe('hourBeforePartOfDay', () => {
  it('reads a bare hour right before a part of the day', () => {
    expect(timeIn('Then 10 that morning, please.')).toEqual({ hour: 10, minute: 0, meridiemKnown: false });
    expect(timeIn('two in the afternoon')).toEqual({ hour: 2, minute: 0, meridiemKnown: false });
    expect(timeIn('maybe 3:30 in the afternoon')).toEqual({ hour: 3, minute: 30, meridiemKnown: false });
    expect(timeIn('at one this afternoon')).toEqual({ hour: 1, minute: 0, meridiemKnown: false });
    expect(timeIn('say at one morning')).toEqual({ hour: 1, minute: 0, meridiemKnown: false });
  });

  it('reads no time from other numbers or a part of the day alone', () => {
    expect(timeIn("I'm 78 in the morning")).toBeNull();
    expect(timeIn('on the 21st, in the afternoon')).toBeNull();
    expect(timeIn('mornings are best')).toBeNull();
    expect(timeIn('could we come in one morning next week?')).toBeNull();
  });
});
