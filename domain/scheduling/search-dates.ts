import { addDays } from '../dates/local-date.js';

/** The horizon from today, plus any later day the caller named: a family may plan weeks ahead. */
export function searchDates(today: string, horizonDays: number, named: readonly string[]): string[] {
  const horizon = Array.from({ length: horizonDays }, (_, offset) => addDays(today, offset));
  return [...new Set([...horizon, ...named])].sort();
}
