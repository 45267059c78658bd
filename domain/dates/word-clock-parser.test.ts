import { describe, expect, it } from 'vitest';
import { readDatePhrases } from './chrono-reader.js';

const clockOf = (text: string) => {
  const result = readDatePhrases(text, { date: '2026-08-05', minute: 960 }).find((r) => r.start.isCertain('hour'));
  return result ? [result.start.get('hour'), result.start.get('minute'), result.start.isCertain('meridiem')] : null;
};

describe('hours said in words', () => {
  it.each([
    ['Wednesday at ten would be good.', [10, 0, false]],
    ["Eleven o'clock is good.", [11, 0, false]],
    ['Ten o’clock suits.', [10, 0, false]],
    ['at ten thirty, please', [10, 30, false]],
    ['eleven forty-five', [11, 45, false]],
    ['at two pm', [14, 0, true]],
    ['nine a.m. on Monday', [9, 0, true]],
    ['Late morning, around eleven?', [11, 0, false]],
    ['This Thursday, about ten.', [10, 0, false]],
  ])('reads %j as a clock time', (text, clock) => {
    expect(clockOf(text)).toEqual(clock);
  });

  it.each([
    'about ten people will come',
    'around ten of us, maybe more',
    'we could meet at one of your chapels',
    'you can reach me at five five five, zero one two three',
    'the tenth',
  ])('reads no clock time in %j', (text) => {
    expect(clockOf(text)).toBeNull();
  });
});
