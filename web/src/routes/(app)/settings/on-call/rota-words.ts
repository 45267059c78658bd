import type { RotaEntry, RotaRole } from '#lib/api/types.ts';
import { clockText } from '#lib/format.ts';
import { WEEKDAYS } from '#lib/weekdays.ts';

export const ROTA_ROLES: readonly RotaRole[] = ['primary', 'backup', 'owner'];
export const ROLE_WORDS: Record<RotaRole, string> = { primary: 'Primary', backup: 'Backup', owner: 'Owner' };

const dayName = (day: number) => WEEKDAYS[day - 1]?.name ?? String(day);

/** "Every day", "Monday to Friday", "Monday, Wednesday and Friday": runs of three or more days are joined. */
export function daysText(weekdays: readonly number[]): string {
	const days = [...new Set(weekdays)].sort((a, b) => a - b);
	if (days.length === 7) return 'Every day';
	const runs: number[][] = [];
	for (const day of days) {
		const run = runs.at(-1);
		if (run && run.at(-1) === day - 1) run.push(day);
		else runs.push([day]);
	}
	const parts = runs.flatMap((run) => (run.length >= 3 ? [`${dayName(run[0]!)} to ${dayName(run.at(-1)!)}`] : run.map(dayName)));
	return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

const minuteOf = (clock: string) => {
	const [hours = 0, minutes = 0] = clock.split(':').map(Number);
	return hours * 60 + minutes;
};

/** 'all day', '8:00 AM to 5:00 PM', '5:00 PM to 8:00 AM the next morning'. */
export function hoursText(from: string, until: string): string {
	const start = minuteOf(from);
	const end = minuteOf(until);
	if (start === 0 && end === 24 * 60) return 'all day';
	if (end > start) return `${clockText(from)} to ${clockText(until)}`;
	return `${clockText(from)} to ${clockText(until)} ${end <= 12 * 60 ? 'the next morning' : 'the next day'}`;
}

/** One entry's days and hours in a line: "Monday to Friday, 5:00 PM to 8:00 AM the next morning". */
export const whenText = (entry: Pick<RotaEntry, 'weekdays' | 'from' | 'until'>): string => `${daysText(entry.weekdays)}, ${hoursText(entry.from, entry.until)}`;
