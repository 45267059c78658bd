import { describe, expect, it } from 'vitest';
import { findPartOfDayPhrases } from './part-of-day-phrases.js';

const parts = (text: string) => findPartOfDayPhrases(text).map((p) => [p.partOfDay, p.today]);

describe('findPartOfDayPhrases', () => {
  it('reads single and plural parts of the day', () => {
    expect(parts('preferably in the morning')).toEqual([['morning', false]]);
    expect(parts('mornings next week')).toEqual([['morning', false]]);
    expect(parts('Any afternoon next week')).toEqual([['afternoon', false]]);
    expect(parts('tomorrow night')).toEqual([['evening', false]]);
  });

  it('marks the parts of today', () => {
    expect(parts('this afternoon')).toEqual([['afternoon', true]]);
    expect(parts('tonight')).toEqual([['evening', true]]);
  });

  it('reports where the phrase sits so it can be masked', () => {
    expect(findPartOfDayPhrases('at 11 in the morning')).toEqual([
      { partOfDay: 'morning', index: 6, length: 14, today: false },
    ]);
  });

  it('does not mistake mourning for morning', () => {
    expect(parts('the family is in mourning')).toEqual([]);
  });
});
