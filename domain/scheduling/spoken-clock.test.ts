import { describe, expect, it } from 'vitest';
import { spokenClock } from './spoken-clock.js';

describe('spoken clock', () => {
  it.each([
    [9 * 60, '9 AM'],
    [9 * 60 + 30, '9:30 AM'],
    [12 * 60, 'noon'],
    [12 * 60 + 30, '12:30 PM'],
    [14 * 60, '2 PM'],
    [17 * 60 + 5, '5:05 PM'],
    [0, 'midnight'],
    [30, '12:30 AM'],
  ])('says minute %i as %s', (minute, spoken) => {
    expect(spokenClock(minute)).toBe(spoken);
  });
});
