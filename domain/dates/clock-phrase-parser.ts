import type { Parser } from 'chrono-node';
import { HOUR_WORD_PATTERN, hourOf } from './hour-words.js';

/**
 * "half past ten", "quarter past two", "quarter to nine": clock phrases chrono leaves unread. In
 * Britain and Ireland "half ten" is half past ten.
 */
const PATTERN = new RegExp(`\\b(half|quarter)\\s+(?:(past|after|to|till?)\\s+)?(${HOUR_WORD_PATTERN}|\\d{1,2})\\b(?![:.]\\d)`, 'i');

export const clockPhraseParser: Parser = {
  pattern: () => PATTERN,
  extract: (_context, match) => {
    const [, fraction = '', direction = '', hourText = ''] = match;
    const hour = hourOf(hourText);
    const before = /^(to|till?)$/i.test(direction);
    const half = fraction.toLowerCase() === 'half';
    if (hour === null || (half && before) || (!half && direction === '')) return null;
    if (!before) return { hour, minute: half ? 30 : 15 };
    return { hour: hour === 1 ? 12 : hour - 1, minute: 45 };
  },
};
