import type { CallerDetails } from '../extraction/caller-details.js';
import type { ServiceType } from '../services.js';

/**
 * What to put on the calendar for this caller: the service they chose; a planning meeting when they
 * arrange their own; otherwise an arrangement consultation, where an undecided family decides.
 */
export function serviceToBook(details: Pick<CallerDetails, 'relationship' | 'serviceType'>): ServiceType {
  if (details.relationship === 'self') return 'planning';
  return details.serviceType ?? 'consultation';
}
