import type { Parser } from 'chrono-node';

/** "half past ten", "quarter past two", "quarter to nine": clock phrases chrono leaves unread. */
const HOUR_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const PATTERN = new RegExp(
  `\\b(half|quarter)\\s+(past|after|to|till?)\\s+(${Object.keys(HOUR_WORDS).join('|')}|\\d{1,2})\\b`,
  'i',
);

export const clockPhraseParser: Parser = {
  pattern: () => PATTERN,
  extract: (_context, match) => {
    const [, fraction = '', direction = '', hourText = ''] = match;
    const hour = HOUR_WORDS[hourText.toLowerCase()] ?? Number(hourText);
    const before = /^(to|till?)$/i.test(direction);
    const half = fraction.toLowerCase() === 'half';
    if (hour < 1 || hour > 12 || (half && before)) return null;
    if (!before) return { hour, minute: half ? 30 : 15 };
    return { hour: hour === 1 ? 12 : hour - 1, minute: 45 };
  },
};
