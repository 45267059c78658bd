import { addDays } from '../../domain/dates/local-date.js';
import { SERVICE_TYPES, type ServiceType } from '../../domain/services.js';
import type { PartOfDay, TimePreference } from '../../domain/time-preference.js';

/** One availability question, as the agent would ask it for a caller. */
export type CallerWish = { service: ServiceType; preference: TimePreference; requestedLocalStart: string | null; urgent: boolean };

const PARTS: Array<PartOfDay | null> = [null, 'morning', 'afternoon'];
const NO_WISH: TimePreference = { days: [], partOfDay: null, exact: null, soonest: false };

/**
 * The index-th of a varied series of questions over the two weeks after `today` (a local date):
 * a named day, a part of the day, an exact time, the soonest, two days; now and then urgent.
 * Varied so no cache or lucky early exit makes every search look alike.
 */
export function callerWish(today: string, index: number): CallerWish {
  const day = addDays(today, 1 + (index % 13));
  const partOfDay = PARTS[index % PARTS.length] ?? null;
  const exact = `${day}T10:00`;
  const preferences: TimePreference[] = [
    { ...NO_WISH, days: [day], partOfDay },
    { ...NO_WISH, partOfDay: 'afternoon' },
    { ...NO_WISH, days: [day], partOfDay: 'morning', exact },
    { ...NO_WISH, soonest: true },
    { ...NO_WISH, days: [day, addDays(day, 1)], partOfDay },
  ];
  const preference = preferences[index % preferences.length] ?? NO_WISH;
  return {
    service: SERVICE_TYPES[index % SERVICE_TYPES.length] ?? 'consultation',
    preference,
    requestedLocalStart: preference.exact,
    urgent: index % 17 === 0,
  };
}
