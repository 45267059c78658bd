import { joinLocalDateTime } from '../dates/clock.js';
import { msToWallClock } from '../dates/zoned-time.js';
import { formatInstant } from './instant.js';
import type { Slot } from './slot.js';

/** A bookable start as the engine works with it: local date and minute, and the instants they mean. */
export type Candidate = { date: string; minute: number; startMs: number; endMs: number };

export function toSlot(candidate: Candidate, timeZone: string): Slot {
  return {
    start: formatInstant(candidate.startMs),
    end: formatInstant(candidate.endMs),
    localStart: joinLocalDateTime(candidate.date, candidate.minute),
    // Read from the end instant, not added to the start's wall clock: a DST change may fall in between.
    localEnd: msToWallClock(candidate.endMs, timeZone),
  };
}
