import { splitLocalDateTime } from '../dates/clock.js';
import { addDays } from '../dates/local-date.js';
import { msToWallClock, wallClockToMs } from '../dates/zoned-time.js';
import type { TenantSettings } from '../tenant-settings.js';
import { formatInstant, parseInstant } from './instant.js';
import { openingDay } from './opening-day.js';

const DAYS_IN_WEEK = 7;
/** 09:00: when an organization that has set no open hours at all is asked to call back. */
const MORNING_WHEN_NEVER_OPEN = 9 * 60;

/**
 * When staff are next in: the opening time of the first open day after the local date of
 * `afterInstant`. An organization that has set no open hours still owes the family a call: then it
 * is nine the next morning.
 */
export function nextBusinessMorning(afterInstant: string, settings: TenantSettings): string {
  const today = splitLocalDateTime(msToWallClock(parseInstant(afterInstant), settings.timeZone)).date;
  for (let ahead = 1; ahead <= DAYS_IN_WEEK; ahead += 1) {
    const day = openingDay(addDays(today, ahead), settings);
    if (day) return formatInstant(day.openMs);
  }
  return formatInstant(wallClockToMs(addDays(today, 1), MORNING_WHEN_NEVER_OPEN, settings.timeZone).ms);
}
