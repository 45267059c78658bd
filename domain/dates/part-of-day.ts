import type { PartOfDay } from '../time-preference.js';

const NOON = 12 * 60;
const EVENING = 17 * 60;

/** Morning before 12:00, afternoon 12:00–17:00, evening from 17:00 (minutes since local midnight). */
export function partOfDayAt(minute: number): PartOfDay {
  if (minute < NOON) return 'morning';
  return minute < EVENING ? 'afternoon' : 'evening';
}
