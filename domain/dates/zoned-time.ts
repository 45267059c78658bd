import { DateTime } from 'luxon';
import { splitLocalDateTime } from './clock.js';
import { parseLocalDate } from './local-date.js';

/** Wall clock of a tenant's IANA zone ↔ instants. Luxon carries the zone rules, DST included. */
export type ZonedMinute = {
  ms: number;
  /** False inside a spring-forward gap: that wall-clock time never happens; `ms` is then luxon's shifted-forward instant. */
  exists: boolean;
};

export function wallClockToMs(date: string, minute: number, timeZone: string): ZonedMinute {
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
