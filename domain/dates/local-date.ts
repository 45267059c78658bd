import { WEEKDAYS, type Weekday } from '../tenant-settings.js';

/**
 * Calendar arithmetic on zone-free local dates ('YYYY-MM-DD'). A calendar day has no time zone,
 * so UTC midnight stands in for it and every day is exactly 24 hours long here.
 */
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export type DateParts = { year: number; month: number; day: number };

export function parseLocalDate(date: string): DateParts {
  const match = LOCAL_DATE.exec(date);
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!parts || formatLocalDate(Date.UTC(parts.year, parts.month - 1, parts.day)) !== date) {
    throw new RangeError(`expected a local date YYYY-MM-DD, got "${date}"`);
  }
  return parts;
}

/** Whether `date` is a real calendar date written 'YYYY-MM-DD' (not 2026-02-30). */
export function isLocalDate(date: string): boolean {
  try {
    parseLocalDate(date);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: string, days: number): string {
  return formatLocalDate(utcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

export function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(utcMidnight(date)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday;
}

/** The Monday of the Monday–Sunday week that holds `date`. */
export function startOfWeek(date: string): string {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}

export function isWeekend(date: string): boolean {
  const weekday = weekdayOf(date);
  return weekday === 'saturday' || weekday === 'sunday';
}

function utcMidnight(date: string): number {
  const { year, month, day } = parseLocalDate(date);
  return Date.UTC(year, month - 1, day);
}

function formatLocalDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}
