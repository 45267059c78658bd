import type { CallIntent } from '../extraction/call-intent.js';
import type { CallerDetails } from '../extraction/caller-details.js';
import type { ServiceType } from '../services.js';

/**
 * What to put on the calendar for this caller: a planning meeting when they arrange their own; an
 * arrangement consultation when they ask to come in and talk the service through, or have not
 * chosen one; otherwise the service they chose.
 */
export function serviceToBook(details: Pick<CallerDetails, 'relationship' | 'serviceType'>, intent?: Pick<CallIntent, 'wantsMeeting'>): ServiceType {
  if (details.relationship === 'self') return 'planning';
  if (intent?.wantsMeeting) return 'consultation';
  return details.serviceType ?? 'consultation';
}
