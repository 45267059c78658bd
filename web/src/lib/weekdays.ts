import type { Weekday } from './api/types.ts';

/**
 * Monday first. `day` numbers them as the on-call rota does (1 = Monday … 7 = Sunday); `key` names
 * them as the opening hours do.
 */
export const WEEKDAYS = [
	{ day: 1, key: 'monday', short: 'Mon', name: 'Monday' },
	{ day: 2, key: 'tuesday', short: 'Tue', name: 'Tuesday' },
	{ day: 3, key: 'wednesday', short: 'Wed', name: 'Wednesday' },
	{ day: 4, key: 'thursday', short: 'Thu', name: 'Thursday' },
	{ day: 5, key: 'friday', short: 'Fri', name: 'Friday' },
	{ day: 6, key: 'saturday', short: 'Sat', name: 'Saturday' },
	{ day: 7, key: 'sunday', short: 'Sun', name: 'Sunday' }
] as const satisfies ReadonlyArray<{ day: number; key: Weekday; short: string; name: string }>;
