import { splitLocalDateTime } from '../dates/clock.js';
import { addDays } from '../dates/local-date.js';
import { msToWallClock } from '../dates/zoned-time.js';
import type { TenantSettings } from '../tenant-settings.js';
import { formatInstant, parseInstant } from './instant.js';
import { openingDay } from './opening-day.js';

const DAYS_IN_WEEK = 7;

/** When staff are next in: the opening time of the first open day after the local date of `afterInstant`. */
export function nextBusinessMorning(afterInstant: string, settings: TenantSettings): string {
  const today = splitLocalDateTime(msToWallClock(parseInstant(afterInstant), settings.timeZone)).date;
  for (let ahead = 1; ahead <= DAYS_IN_WEEK; ahead += 1) {
    const day = openingDay(addDays(today, ahead), settings);
    if (day) return formatInstant(day.openMs);
  }
  throw new RangeError('the tenant is closed every day of the week');
}
