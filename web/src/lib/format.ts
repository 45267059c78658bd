import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Dates and times are shown in the organization's time zone, whatever the viewer's computer says. */
export function dateTime(iso: string, timeZone: string): string {
	return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** The same with its year, for a day that may be months ahead: "Fri, Jan 15, 2027, 11:00 AM". */
export function dateTimeWithYear(iso: string, timeZone: string): string {
	return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

export function time(iso: string, timeZone: string): string {
	return new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** '17:30' as staff read it: '5:30 PM'; the ends of the day are 'midnight'. */
export function clockText(clock: string): string {
	const [hours = 0, minutes = 0] = clock.split(':').map(Number);
	if ((hours === 0 || hours === 24) && minutes === 0) return 'midnight';
	const hour12 = hours % 12 === 0 ? 12 : hours % 12;
	return `${hour12}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** How a time zone is called at `at`: 'longGeneric' "Central Time", 'shortOffset' "GMT-5"; the zone's id where English has no name for it. */
export function timeZoneName(timeZone: string, style: 'longGeneric' | 'shortOffset', at: Date = new Date()): string {
	return new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

const count = (n: number, unit: string) => `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;

/** Minutes from an hour on in hours, or whole days in days: "2 hours", "1½ hours", "1 hour 15 minutes", "2 days"; null under an hour. */
export function inHours(minutes: number): string | null {
	if (minutes < 60) return null;
	if (minutes % (24 * 60) === 0) return count(minutes / (24 * 60), 'day');
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (rest === 30) return `${hours.toLocaleString('en-US')}½ hours`;
	return `${count(hours, 'hour')}${rest ? ` ${count(rest, 'minute')}` : ''}`;
}

/** "30 minutes", "120 minutes (2 hours)". */
export function minutesText(minutes: number): string {
	const hours = inHours(minutes);
	return `${count(minutes, 'minute')}${hours ? ` (${hours})` : ''}`;
}

/** A calendar date (YYYY-MM-DD) as words; it has no time zone. */
export function calendarDate(date: string | null): string {
	if (!date) return '';
	const [y, m, d] = date.split('-').map(Number);
	return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(Date.UTC(y!, m! - 1, d!));
}

export function phone(e164: string | null): string {
	if (!e164) return '';
	return parsePhoneNumberFromString(e164)?.formatNational() ?? e164;
}

/** A stored number as staff would type it back: national at home, with its country code otherwise. */
export function phoneForForm(e164: string | null): string {
	if (!e164) return '';
	const parsed = parsePhoneNumberFromString(e164);
	if (!parsed) return e164;
	return parsed.country === 'US' ? parsed.formatNational() : parsed.formatInternational();
}

export function money(cents: number | null): string {
	if (cents === null) return '';
	return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
}

const WORDS: Record<string, string> = {
	booked: 'Booked',
	urgent: 'Urgent',
	information: 'Question answered',
	no_booking: 'No booking',
	abandoned: 'Hung up',
	in_progress: 'On the line now',
	listening: 'Listening',
	offering: 'Offering times',
	holding: 'Holding a time',
	ended: 'Ended',
	lead: 'Lead',
	prospect: 'Prospect',
	customer: 'Customer',
	closed: 'Closed',
	phone_call: 'Phone call',
	walk_in: 'Walk-in',
	web: 'Web',
	referral: 'Referral',
	other: 'Other',
	burial: 'Burial',
	cremation: 'Cremation',
	memorial: 'Memorial',
	viewing: 'Viewing',
	consultation: 'Arrangement meeting',
	planning: 'Pre-planning meeting',
	spouse: 'Spouse',
	child: 'Son or daughter',
	parent: 'Parent',
	sibling: 'Brother or sister',
	grandchild: 'Grandchild',
	other_family: 'Other family',
	friend: 'Friend',
	self: 'Planning their own',
	professional: 'Professional (hospice, hospital)',
	not_started: 'Not started',
	partial: 'Partly paid',
	paid: 'Paid',
	overdue: 'Overdue',
	follow_up_call: 'Follow-up call',
	urgent_callback: 'Call back (urgent)',
	question_callback: 'Call back with an answer',
	owner: 'Owner',
	admin: 'Admin',
	staff: 'Staff',
	read_only: 'Read-only'
};

/** The words staff read for a stored code ('no_booking' → 'No booking'). */
export function label(code: string | null | undefined): string {
	if (!code) return '';
	return WORDS[code] ?? code.replace(/_/g, ' ');
}

/** A stored phrase ("death just occurred") as a sentence staff read. */
export function sentence(text: string | null): string {
	if (!text) return '';
	const trimmed = text.trim();
	return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}
