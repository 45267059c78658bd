import { splitLocalDateTime } from '../dates/clock.js';
import { parseLocalDate, weekdayOf } from '../dates/local-date.js';
import type { ServiceType } from '../services.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const SERVICE_NAMES: Record<ServiceType, string> = {
  consultation: 'arrangement consultation',
  planning: 'pre-planning meeting',
  burial: 'burial service',
  cremation: 'cremation service',
  memorial: 'memorial service',
  viewing: 'viewing',
};

export function serviceName(service: ServiceType): string {
  return SERVICE_NAMES[service];
}

/** 'Saturday, July 11 at 11:00 AM': unambiguous in writing, whatever day the text is read. */
export function writtenDateTime(localStart: string): string {
  const { date, minute } = splitLocalDateTime(localStart);
  const { month, day } = parseLocalDate(date);
  const weekday = weekdayOf(date);
  const hour24 = Math.floor(minute / 60);
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const clock = `${hour12}:${String(minute % 60).padStart(2, '0')} ${hour24 < 12 ? 'AM' : 'PM'}`;
  return `${weekday[0]!.toUpperCase()}${weekday.slice(1)}, ${MONTHS[month - 1]} ${day} at ${clock}`;
}

/** How the appointment reads on the staff calendar: what it is and whose family it is for. */
export function appointmentTitle(service: ServiceType, callerName: string | null, deceasedName: string | null): string {
  const family = deceasedName ? ` for ${deceasedName}` : '';
  return `${serviceName(service)[0]!.toUpperCase()}${serviceName(service).slice(1)}${family} (${callerName ?? 'caller'})`;
}
