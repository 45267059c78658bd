import { splitLocalDateTime } from '../dates/clock.js';
import { msToWallClock } from '../dates/zoned-time.js';
import type { TenantSettings } from '../tenant-settings.js';
import { asBusyIndex, type BusyIndex } from './busy-index.js';
import { parseInstant } from './instant.js';
import type { SlotSearch } from './slot-search.js';

const MINUTE_MS = 60_000;

/** What every candidate of one search is judged against, worked out once. */
export type SearchRules = {
  settings: TenantSettings;
  /** Local date of `now` in the tenant's zone. */
  today: string;
  durationMs: number;
  earliestStartMs: number;
  busy: BusyIndex;
};

export function searchRules(search: Omit<SlotSearch, 'preference' | 'limit'>): SearchRules {
  const { settings } = search;
  const nowMs = parseInstant(search.now);
  return {
    settings,
    today: splitLocalDateTime(msToWallClock(nowMs, settings.timeZone)).date,
    durationMs: settings.serviceDurations[search.service] * MINUTE_MS,
    earliestStartMs: nowMs + settings.minNoticeMinutes * MINUTE_MS,
    busy: asBusyIndex(search.busy),
  };
}
