import type { ParsedResult } from 'chrono-node';
import { resultDate } from './chrono-reader.js';
import { addDays, startOfWeek, weekdayOf } from './local-date.js';

const WEEKEND = /\bweekend\b/i;
const WEEK = /\bweeks?\b/i;
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`;
const WEEKDAY_NAME = new RegExp(String.raw`\b${WEEKDAY}\b`, 'i');
// Next to the weekday only: "half past ten on Thursday" says nothing about which Thursday.
const WEEK_MODIFIER = new RegExp(String.raw`\b(?:this|next|last|past|coming)\s+${WEEKDAY}\b|\b${WEEKDAY}\s+(?:coming|next|after next)\b`, 'i');
const EARLY = /\b(?:early|beginning of|start of)\s+(?:the\s+)?$/i;
const LATE = /\b(?:late|later|end of)\s+(?:the\s+)?$/i;
const SATURDAY = 5;
const EARLY_DAYS = [0, 1, 2];
const LATE_DAYS = [3, 4, 5, 6];
const WHOLE_WEEK = [0, 1, 2, 3, 4, 5, 6];

/** The local dates one chrono result names, in order; empty when it names a time only. */
export function daysOfResult(result: ParsedResult, text: string, contextDays: string[]): string[] {
  const date = resultDate(result);
  const { start } = result;
  if (WEEKEND.test(result.text)) return [SATURDAY, SATURDAY + 1].map((i) => addDays(startOfWeek(date), i));
  if (WEEK.test(result.text) && !start.isCertain('weekday')) return weekPart(startOfWeek(date), text.slice(0, result.index));
  // "Monday the 28th" names its date outright; only a weekday said alone is read against earlier days.
  const weekdayOnly = start.isCertain('weekday') && !start.isCertain('day') && WEEKDAY_NAME.test(result.text);
  if (weekdayOnly) return [sameWeekdayIn(contextDays, date, result.text) ?? date];
  return start.isCertain('day') || start.isCertain('weekday') ? [date] : [];
}

function weekPart(monday: string, before: string): string[] {
  const offsets = EARLY.test(before) ? EARLY_DAYS : LATE.test(before) ? LATE_DAYS : WHOLE_WEEK;
  return offsets.map((i) => addDays(monday, i));
}

/** "Wednesday" said after "next week" means the Wednesday of next week, not the coming one. */
function sameWeekdayIn(contextDays: string[], date: string, phrase: string): string | undefined {
  if (WEEK_MODIFIER.test(phrase)) return undefined;
  return contextDays.find((day) => weekdayOf(day) === weekdayOf(date));
}
