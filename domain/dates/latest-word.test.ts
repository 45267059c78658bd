import { describe, expect, it } from 'vitest';
import { isRuledOut, latestWordStart, type TimeMention } from './latest-word.js';

const at = (text: string, word: string, days: string[], time: string | null = null): TimeMention => ({ index: text.indexOf(word), days, time });

describe('latestWordStart', () => {
  it('starts after the last change of mind that names another day', () => {
    const text = 'Tuesday at one? Actually, no. Wednesday at one instead.';
    const start = latestWordStart(text, [at(text, 'Tuesday', ['T'], '13:0'), at(text, 'Wednesday', ['W'], '13:0')]);
    expect(text.slice(start)).toBe('. Wednesday at one instead.');
  });

  it('takes a question set against a statement ("…, but could we …") as the wish', () => {
    const text = 'The church is on the 10th, but could we come in on the 4th?';
    expect(latestWordStart(text, [at(text, 'the 10th', ['10']), at(text, 'the 4th', ['4'])])).toBe(text.indexOf('could'));
  });

  it('ignores an apology that only says the same day again, and a cue no mention follows', () => {
    const text = "This Friday? Sorry, I've forgotten what you asked. Friday at ten.";
    expect(latestWordStart(text, [at(text, 'This Friday', ['F']), at(text, 'Friday at', ['F'], '10:0')])).toBe(0);
    const late = 'Friday at ten, sorry.';
    expect(latestWordStart(late, [at(late, 'Friday', ['F'], '10:0')])).toBe(0);
  });

  it('counts another time on the same day as a change', () => {
    const text = 'Tuesday morning. No, sorry, the afternoon.';
    expect(latestWordStart(text, [at(text, 'Tuesday', ['T']), at(text, 'morning', [], 'morning'), at(text, 'afternoon', [], 'afternoon')])).toBeGreaterThan(
      text.indexOf('morning'),
    );
  });
});

describe('isRuledOut', () => {
  it('reads "not this Saturday" as a day ruled out', () => {
    const text = 'Next Saturday. Not this Saturday coming.';
    expect(isRuledOut(text, text.indexOf('this Saturday'))).toBe(true);
    expect(isRuledOut(text, 0)).toBe(false);
  });
});
