/** Clock hours as callers say them in words; digits are read by chrono itself. */
const HOUR_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** A regex alternation of the hour words, for building phrase patterns. */
export const HOUR_WORD_PATTERN = Object.keys(HOUR_WORDS).join('|');

/** The clock hour of "ten" or "10", or null for anything that is not an hour from 1 to 12. */
export function hourOf(text: string): number | null {
  const hour = HOUR_WORDS[text.toLowerCase()] ?? (/^\d{1,2}$/.test(text) ? Number(text) : NaN);
  return hour >= 1 && hour <= 12 ? hour : null;
}
