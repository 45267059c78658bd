import { minuteOfDay } from '../dates/clock.js';
import { weekdayOf } from '../dates/local-date.js';
import type { TenantSettings } from '../tenant-settings.js';
import { wallAsUtcMs, wallClockToMs, type ZonedMinute } from '../dates/zoned-time.js';

/** One local date on which the tenant is open: its hours, and its wall clock placed as instants. */
export type OpeningDay = {
  date: string;
  /** Minutes since local midnight. */
  openMinute: number;
  closeMinute: number;
  openMs: number;
  closeMs: number;
  /** The instant of a wall-clock minute between opening and closing (its first, if repeated). */
  at(minute: number): ZonedMinute;
};

export function openingDay(date: string, settings: TenantSettings): OpeningDay | null {
  const hours = settings.businessHours[weekdayOf(date)];
  if (!hours) return null;
  const { timeZone } = settings;
  const openMinute = minuteOfDay(hours.open);
  const closeMinute = minuteOfDay(hours.close);
  const open = wallClockToMs(date, openMinute, timeZone);
  const close = wallClockToMs(date, closeMinute, timeZone);
  const offset = wallAsUtcMs(date, openMinute) - open.ms;
  // Zone lookups are the slow part of a search. A zone changes its offset at most once a day, so
  // the same offset at opening and closing means no clock change in between: one subtraction then
  // places every minute of the day. Otherwise (a DST change inside opening hours) ask the zone.
  const steady = open.exists && close.exists && wallAsUtcMs(date, closeMinute) - close.ms === offset;
  const at = steady
    ? (minute: number): ZonedMinute => ({ ms: wallAsUtcMs(date, minute) - offset, exists: true })
    : (minute: number): ZonedMinute => wallClockToMs(date, minute, timeZone);
  return { date, openMinute, closeMinute, openMs: open.ms, closeMs: close.ms, at };
}
