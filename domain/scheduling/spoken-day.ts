import { daysBetween, parseLocalDate, startOfWeek, weekdayOf } from '../dates/local-date.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A bare weekday is unambiguous only while that day is less than a week away. */
const WITHIN_THE_WEEK = 6;

/** A local date as a voice agent says it, seen from the local date of the call. */
export function spokenDay(date: string, referenceDate: string): string {
  const ahead = daysBetween(referenceDate, date);
  if (ahead === 0) return 'today';
  if (ahead === 1) return 'tomorrow';
  const weekday = capitalized(weekdayOf(date));
  // "This Monday" said on a Friday leaves callers unsure which Monday; a bare "Monday" does not.
  if (ahead > 1 && ahead <= WITHIN_THE_WEEK) return startOfWeek(date) === startOfWeek(referenceDate) ? `this ${weekday}` : weekday;
  const { month, day } = parseLocalDate(date);
  return `${weekday}, ${MONTHS[month - 1] ?? ''} ${day}`;
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
