import type { PartOfDay } from '../time-preference.js';

export type SpokenTime = { hour: number; minute: number; meridiemKnown: boolean };

/**
 * The 24-hour hour of a spoken time. Without am/pm or a part of the day, callers to a business
 * mean 1–7 as afternoon ("at 2") and 8–11 as morning ("at 9").
 */
export function resolveHour(time: SpokenTime, partOfDay: PartOfDay | null): number {
  const { hour } = time;
  if (time.meridiemKnown || hour === 0 || hour >= 12) return hour;
  if (partOfDay === 'afternoon' || partOfDay === 'evening') return hour + 12;
  if (partOfDay === 'morning') return hour;
  return hour <= 7 ? hour + 12 : hour;
}
