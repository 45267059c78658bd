import type { PartOfDay } from '../time-preference.js';

/**
 * "mornings", "in the afternoon", "this evening", "tonight". Read here rather than by chrono,
 * which skips plurals and garbles "afternoon next week" into one wrong date.
 */
export type PartOfDayPhrase = { partOfDay: PartOfDay; index: number; length: number; today: boolean };

const PHRASE = /\b(?:(this)\s+|in\s+the\s+)?(morning|afternoon|evening|night)s?\b|\b(tonight)\b/gi;

export function findPartOfDayPhrases(text: string): PartOfDayPhrase[] {
  return [...text.matchAll(PHRASE)].map((match) => ({
    partOfDay: partOfDayNamed((match[2] ?? match[3] ?? '').toLowerCase()),
    index: match.index,
    length: match[0].length,
    today: Boolean(match[1] ?? match[3]),
  }));
}

function partOfDayNamed(word: string): PartOfDay {
  if (word === 'morning' || word === 'afternoon') return word;
  return 'evening';
}
