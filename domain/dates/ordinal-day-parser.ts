import type { Parser } from 'chrono-node';

/** "the 21st": a day of the month with no month named, read as the next such date from the reference. */
const PATTERN = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/i;
const MONTHS_TO_TRY = 3;

export const ordinalDayParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => nextDateWithDay(context.refDate, Number(match[1])),
};

function nextDateWithDay(reference: Date, day: number): { year: number; month: number; day: number } | null {
  const startMonth = day >= reference.getDate() ? reference.getMonth() : reference.getMonth() + 1;
  for (let month = startMonth; month < startMonth + MONTHS_TO_TRY; month += 1) {
    const candidate = new Date(Date.UTC(reference.getFullYear(), month, day));
    if (candidate.getUTCDate() === day) {
      return { year: candidate.getUTCFullYear(), month: candidate.getUTCMonth() + 1, day };
    }
  }
  return null;
}
