import { describe, expect, it } from 'vitest';
import { possessiveReferents } from './possessive-referents.js';

describe('possessiveReferents', () => {
  it('finds the relative of the caller a "her" or "his" points back to', () => {
    const text = "I'm calling on behalf of my wife. Her father died on the weekend.";
    expect(possessiveReferents(text)).toEqual([{ index: text.indexOf('Her'), length: 3, referent: 'my wife' }]);
    expect(possessiveReferents('My husband called. His brother died on Tuesday.')[0]?.referent).toBe('My husband');
  });

  it('finds nothing when the pronoun points to no relative of the caller', () => {
    expect(possessiveReferents('Her name was Beatrice Lacombe.')).toEqual([]);
    expect(possessiveReferents('Eleanor was lovely. Her sister is coming.')).toEqual([]);
  });
});
