/** Zone-free wall-clock strings: 'HH:MM' times of day and 'YYYY-MM-DDTHH:MM' local date-times. */
import { parseLocalDate } from './local-date.js';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

export type LocalDateTime = { date: string; minute: number };

/** Minutes since local midnight of an 'HH:MM' time. */
export function minuteOfDay(clock: string): number {
  const match = CLOCK.exec(clock);
  if (!match) throw new RangeError(`expected HH:MM, got "${clock}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatClock(minute: number): string {
  const hours = String(Math.floor(minute / 60)).padStart(2, '0');
  return `${hours}:${String(minute % 60).padStart(2, '0')}`;
}

export function splitLocalDateTime(local: string): LocalDateTime {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match?.[1] || !match[2]) throw new RangeError(`expected YYYY-MM-DDTHH:MM, got "${local}"`);
  parseLocalDate(match[1]);
  return { date: match[1], minute: minuteOfDay(match[2]) };
}

export function joinLocalDateTime(date: string, minute: number): string {
  return `${date}T${formatClock(minute)}`;
}
