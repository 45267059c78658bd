import { joinLocalDateTime, splitLocalDateTime } from '../dates/clock.js';
import { parseLocalDate } from '../dates/local-date.js';
import { msToWallClock, wallClockToMs, type ZonedMinute } from '../dates/zoned-time.js';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * The instant at which a wall-clock minute first happens in a zone. For a time that a fall-back
 * change repeats, luxon picks the instant matching its guess of the zone's offset, and it guesses
 * from the date the process started: summer and winter machines disagree. A booking takes the
 * first occurrence, everywhere.
 */
export function firstInstantOf(date: string, minute: number, timeZone: string): ZonedMinute {
  const zoned = wallClockToMs(date, minute, timeZone);
  if (!zoned.exists) return zoned;
  // Zones change offset at most once a day, so the offset a day earlier is the one in force
  // before any change that could have repeated this wall-clock time.
  const earlier = wallAsUtcMs(date, minute) - offsetAt(zoned.ms - DAY_MS, timeZone);
  const repeated = earlier < zoned.ms && msToWallClock(earlier, timeZone) === joinLocalDateTime(date, minute);
  return repeated ? { ms: earlier, exists: true } : zoned;
}

/** A wall-clock minute read as if it were UTC; minus the zone's offset, it is the instant. */
export function wallAsUtcMs(date: string, minute: number): number {
  const { year, month, day } = parseLocalDate(date);
  return Date.UTC(year, month - 1, day) + minute * MINUTE_MS;
}

function offsetAt(ms: number, timeZone: string): number {
  const { date, minute } = splitLocalDateTime(msToWallClock(ms, timeZone));
  return wallAsUtcMs(date, minute) - ms;
}
