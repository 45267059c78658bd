import { splitLocalDateTime } from '../dates/clock.js';
import { spokenClock } from './spoken-clock.js';
import { spokenDay } from './spoken-day.js';

/** 'tomorrow at 9:30 AM': a local start ('YYYY-MM-DDTHH:MM') seen from the call's local time. */
export function speakSlot(localStart: string, referenceLocal: string): string {
  const { date, minute } = splitLocalDateTime(localStart);
  return `${spokenDay(date, splitLocalDateTime(referenceLocal).date)} at ${spokenClock(minute)}`;
}
