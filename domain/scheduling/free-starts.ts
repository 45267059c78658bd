import type { Candidate } from './candidate.js';
import { GRID_MINUTES, judgeStart } from './judge-start.js';
import { openingDay } from './opening-day.js';
import type { SearchRules } from './search-rules.js';

/** Every bookable start on one local date, earliest first. */
export function freeStartsOn(rules: SearchRules, date: string): Candidate[] {
  const day = openingDay(date, rules.settings);
  if (!day) return [];
  const free: Candidate[] = [];
  for (let minute = Math.ceil(day.openMinute / GRID_MINUTES) * GRID_MINUTES; minute < day.closeMinute; minute += GRID_MINUTES) {
    const verdict = judgeStart(rules, day, minute);
    if (typeof verdict !== 'string') free.push(verdict);
  }
  return free;
}
