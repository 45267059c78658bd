import { splitLocalDateTime } from '../dates/clock.js';
import { localToInstant } from '../dates/zoned-time.js';
import type { Candidate } from './candidate.js';
import { wallAsUtcMs } from '../dates/zoned-time.js';
import { defaultTenantSettings, type TenantSettings } from '../tenant-settings.js';
import { EMPTY_TIME_PREFERENCE, type TimePreference } from '../time-preference.js';
import type { SlotSearch } from './slot-search.js';
import type { BusyInterval, Slot } from './slot.js';

/** Shared by the scheduling tests: searches written in the tenant's wall clock. */
export function instantOf(local: string, timeZone: string): string {
  const instant = localToInstant(local, timeZone);
  if (!instant) throw new RangeError(`${local} does not exist in ${timeZone}`);
  return instant;
}

export function prefer(preference: Partial<TimePreference>): TimePreference {
  return { ...EMPTY_TIME_PREFERENCE, ...preference };
}

export function localBusy(timeZone: string, ranges: readonly (readonly [string, string])[]): BusyInterval[] {
  return ranges.map(([from, to]) => ({ start: instantOf(from, timeZone), end: instantOf(to, timeZone) }));
}

export function searchAt(
  nowLocal: string,
  settings: TenantSettings | string,
  rest: Partial<SlotSearch> = {},
): SlotSearch {
  const tenant = typeof settings === 'string' ? defaultTenantSettings(settings) : settings;
  return {
    settings: tenant,
    service: 'consultation',
    now: instantOf(nowLocal, tenant.timeZone),
    busy: [],
    preference: EMPTY_TIME_PREFERENCE,
    ...rest,
  };
}

export function localStarts(slots: readonly Slot[]): string[] {
  return slots.map((slot) => slot.localStart);
}

/** An hour-long candidate for ranking tests, where only the order of instants matters: the wall clock read as UTC. */
export function candidateAt(local: string): Candidate {
  const { date, minute } = splitLocalDateTime(local);
  const startMs = wallAsUtcMs(date, minute);
  return { date, minute, startMs, endMs: startMs + 3_600_000 };
}
