import { describe, expect, it } from 'vitest';
import { MONTH_WORDS, NON_NAME_WORDS } from './non-name-words.js';

describe('NON_NAME_WORDS', () => {
  it('holds greetings, answers, weekdays and the words callers put after "I\'m"', () => {
    for (const word of ['hi', 'hello', 'yes', 'tuesday', 'calling', 'retired', 'thinking', 'sorry', 'cremation']) {
      expect(NON_NAME_WORDS.has(word)).toBe(true);
    }
  });

  it('leaves common first names and surnames out', () => {
    for (const word of ['sarah', 'robert', 'margaret', 'chen', 'williams', 'reyes', 'june']) {
      expect(NON_NAME_WORDS.has(word)).toBe(false);
    }
  });

  it('knows the months, which need a surname to count as a name', () => {
    expect(MONTH_WORDS.has('april')).toBe(true);
    expect(MONTH_WORDS.size).toBe(12);
  });
});
