import { splitLocalDateTime } from '../dates/clock.js';
import { daysBetween } from '../dates/local-date.js';
import type { TimePreference } from '../time-preference.js';

/** The dates the caller named, most wanted first (the day of an exact time leads); past ones dropped. */
export function namedDays(preference: TimePreference, today: string): string[] {
  const exactDay = preference.exact ? [splitLocalDateTime(preference.exact).date] : [];
  return [...new Set([...exactDay, ...preference.days])].filter((date) => daysBetween(today, date) >= 0);
}
