import { blockedRangeMs } from './blocked-interval.js';
import { overlapsBusy } from './busy-index.js';
import type { Candidate } from './candidate.js';
import type { OpeningDay } from './opening-day.js';
import type { SearchRules } from './search-rules.js';

export type SlotRefusal = 'not_a_time' | 'closed' | 'outside_hours' | 'runs_past_closing' | 'too_soon' | 'off_grid' | 'taken';

/** Appointments start on the half hour of the tenant's wall clock. */
export const GRID_MINUTES = 30;

/**
 * The one rule both `checkSlot` and `findSlots` apply, so a slot offered is always a slot that
 * can be booked. Reasons come in the order most useful to say back to a caller: that the home is
 * closed or not open then matters more than the grid, and all of them more than the calendar.
 */
export function judgeStart(rules: SearchRules, day: OpeningDay | null, minute: number): Candidate | SlotRefusal {
  if (!day) return 'closed';
  if (minute < day.openMinute || minute >= day.closeMinute) return 'outside_hours';
  const start = day.at(minute);
  if (!start.exists) return 'not_a_time';
  const endMs = start.ms + rules.durationMs;
  // Open when it would start, but the service would not be over by closing time.
  if (endMs > day.closeMs) return 'runs_past_closing';
  if (minute % GRID_MINUTES !== 0) return 'off_grid';
  if (start.ms < rules.earliestStartMs) return 'too_soon';
  const [blockedStart, blockedEnd] = blockedRangeMs(start.ms, endMs, rules.settings.bufferMinutes);
  if (overlapsBusy(rules.busy, blockedStart, blockedEnd)) return 'taken';
  return { date: day.date, minute, startMs: start.ms, endMs };
}
