import { describe, expect, it } from 'vitest';
import { daysOneAfter } from './one-after.js';

describe('daysOneAfter', () => {
  it('is the same weekday a week after the last one named before the phrase', () => {
    const text = 'Not this Saturday coming, the one after that.';
    expect(daysOneAfter(text, [{ index: 4, day: '2026-10-10', byWeekday: true }])).toEqual([
      { index: text.indexOf('the one'), day: '2026-10-17', byWeekday: true },
    ]);
    expect(daysOneAfter('Friday? No, the Friday after.', [{ index: 0, day: '2026-10-09', byWeekday: true }])[0]?.day).toBe('2026-10-16');
  });

  it('needs a weekday named before it', () => {
    expect(daysOneAfter('The 16th, or the one after.', [{ index: 0, day: '2026-10-16', byWeekday: false }])).toEqual([]);
    expect(daysOneAfter('The one after that, then.', [])).toEqual([]);
  });
});
