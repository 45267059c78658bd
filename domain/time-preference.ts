/**
 * What a caller said about when they want to come, read against the call's reference time.
 * All values are wall-clock times in the tenant's time zone ('YYYY-MM-DD', 'YYYY-MM-DDTHH:MM');
 * converting them to instants is the slot engine's job.
 */
export type PartOfDay = 'morning' | 'afternoon' | 'evening';

export type TimePreference = {
  /** Local dates the caller is open to, in order of preference; empty = no day was named. */
  days: string[];
  /** The part of the day the caller prefers, when said. */
  partOfDay: PartOfDay | null;
  /** A specific start the caller asked for ("Saturday at 11 AM"), when said. */
  exact: string | null;
  /** The caller wants the earliest possible time ("as soon as possible", "tomorrow if you can"). */
  soonest: boolean;
};

/**
 * How far ahead the call looks when the caller names no day, or only a loose one ("any weekday"):
 * the slot search's default horizon, and the most days a tool may list.
 */
export const LOOK_AHEAD_DAYS = 14;

export const EMPTY_TIME_PREFERENCE: TimePreference = { days: [], partOfDay: null, exact: null, soonest: false };
