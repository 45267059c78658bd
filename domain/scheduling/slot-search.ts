import type { ServiceType } from '../services.js';
import type { TenantSettings } from '../tenant-settings.js';
import type { TimePreference } from '../time-preference.js';
import type { BusyIndex } from './busy-index.js';
import type { BusyInterval } from './slot.js';

export type SlotSearch = {
  settings: TenantSettings;
  service: ServiceType;
  /** ISO instant: the reference time of the search (the call's time, never the machine's). */
  now: string;
  /** Blocked ranges of the live events on the resource (each event plus its buffer), or their prebuilt index. */
  busy: readonly BusyInterval[] | BusyIndex;
  preference: TimePreference;
  /** Earliest first, whatever part of the day the caller mentioned. */
  urgent?: boolean;
  /** Local dates searched, counted from the local date of `now` (today included). */
  horizonDays?: number;
  limit?: number;
};

export const DEFAULT_LIMIT = 3;
