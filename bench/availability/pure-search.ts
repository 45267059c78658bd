import { createBusyIndex, findSlots } from '../../domain/scheduling/index.js';
import type { TenantSettings } from '../../domain/tenant-settings.js';
import { REFERENCE_TIME, referenceDate } from '../support/bench-call.js';
import type { BusyCalendar } from '../support/busy-calendars.js';
import { callerWish } from '../support/caller-wishes.js';
import { timedSync } from '../support/stopwatch.js';
import { summarize, type Summary } from '../support/summary.js';

const INDEX_BUILDS = 20;
/** Untimed first searches, so the figures are of optimised code, not of V8 warming up. */
const WARM_UP = 200;

export type PureSearchFigures = { build: Summary; search: Summary; slotsOffered: number };

/** The slot engine alone: one index over the whole calendar, then many 14-day searches over it. */
export function measurePureSearch(calendar: BusyCalendar, settings: TenantSettings, searches: number): PureSearchFigures {
  const builds = Array.from({ length: INDEX_BUILDS }, () => timedSync(() => createBusyIndex(calendar.events)));
  const busy = builds[0]!.value;
  const today = referenceDate(settings.timeZone);
  const samples: number[] = [];
  let slotsOffered = 0;
  for (let i = 0; i < WARM_UP + searches; i++) {
    const { service, preference, urgent } = callerWish(today, i);
    const { value: slots, ms } = timedSync(() => findSlots({ settings, service, now: REFERENCE_TIME, busy, preference, urgent, horizonDays: 14, limit: 3 }));
    if (i < WARM_UP) continue;
    samples.push(ms);
    slotsOffered += slots.length;
  }
  return { build: summarize(builds.map((build) => build.ms)), search: summarize(samples), slotsOffered: slotsOffered / searches };
}
