import { splitLocalDateTime } from '../dates/clock.js';
import { spokenClock } from './spoken-clock.js';
import { spokenDay } from './spoken-day.js';

/**
 * Several offers in one breath, in the order given, each day said once:
 * 'this Friday at 9 AM or 1:30 PM, or Saturday, July 11 at 9 AM'. Empty when there is nothing to offer.
 */
export function speakSlots(localStarts: readonly string[], referenceLocal: string): string {
  const referenceDate = splitLocalDateTime(referenceLocal).date;
  const minutesByDay = new Map<string, number[]>();
  for (const { date, minute } of localStarts.map(splitLocalDateTime)) {
    minutesByDay.set(date, [...(minutesByDay.get(date) ?? []), minute]);
  }
  const days = [...minutesByDay].map(([date, minutes]) => `${spokenDay(date, referenceDate)} at ${alternatives(minutes.map(spokenClock))}`);
  // A comma before the last "or" keeps one day's times apart from the next day.
  const severalTimesOnADay = [...minutesByDay.values()].some((minutes) => minutes.length > 1);
  return alternatives(days, severalTimesOnADay);
}

function alternatives(items: readonly string[], commaEvenForTwo = false): string {
  if (items.length < 2) return items.join('');
  const comma = items.length > 2 || commaEvenForTwo ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${comma} or ${items.at(-1) ?? ''}`;
}
