import { DateTime } from 'luxon';
import { joinLocalDateTime, splitLocalDateTime } from './clock.js';
import { parseLocalDate } from './local-date.js';

/** Wall clock of a tenant's IANA zone ↔ instants. Luxon carries the zone rules, DST included. */
export type ZonedMinute = {
  ms: number;
  /** False inside a spring-forward gap: that wall-clock time never happens; `ms` is then luxon's shifted-forward instant. */
  exists: boolean;
};

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * The instant at which a wall-clock minute first happens in a zone. For a time that a fall-back
 * change repeats, luxon picks the instant matching its guess of the zone's offset, and it guesses
 * from the date the process started: summer and winter machines would disagree. The first
 * occurrence is taken, everywhere.
 */
export function wallClockToMs(date: string, minute: number, timeZone: string): ZonedMinute {
  const zoned = luxonWallClockToMs(date, minute, timeZone);
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

function luxonWallClockToMs(date: string, minute: number, timeZone: string): ZonedMinute {
  const { year, month, day } = parseLocalDate(date);
  const time = DateTime.fromObject(
    { year, month, day, hour: Math.floor(minute / 60), minute: minute % 60 },
    { zone: timeZone },
  );
  if (!time.isValid) throw new RangeError(`cannot place ${date} +${minute}min in ${timeZone}: ${time.invalidExplanation}`);
  return { ms: time.toMillis(), exists: time.day === day && time.hour * 60 + time.minute === minute };
}

export function msToWallClock(ms: number, timeZone: string): string {
  const time = DateTime.fromMillis(ms, { zone: timeZone });
  if (!time.isValid) throw new RangeError(`cannot show ${ms} in ${timeZone}: ${time.invalidExplanation}`);
  return time.toFormat("yyyy-MM-dd'T'HH:mm");
}

/** ISO instant (UTC) of a local 'YYYY-MM-DDTHH:MM'; null when that wall-clock time does not exist. */
export function localToInstant(local: string, timeZone: string): string | null {
  const { date, minute } = splitLocalDateTime(local);
  const zoned = wallClockToMs(date, minute, timeZone);
  return zoned.exists ? new Date(zoned.ms).toISOString() : null;
}

export function instantToLocal(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`expected an ISO instant, got "${instant}"`);
  return msToWallClock(ms, timeZone);
}
