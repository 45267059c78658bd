import { formatInstant, parseInstant } from './instant.js';

/** A full day of elapsed time, not the same wall clock the day before: a DST night changes nothing. */
const REMINDER_LEAD_MS = 24 * 60 * 60_000;

export function reminderInstant(appointmentStart: string): string {
  return formatInstant(parseInstant(appointmentStart) - REMINDER_LEAD_MS);
}
