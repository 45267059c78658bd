import { SERVICE_TYPES } from '../../../../../../domain/services.ts';
import type { OrganizationSettings, ServiceType, Weekday } from '#lib/api/types.ts';
import { textOf, tickedIn } from '#lib/form-data.ts';
import { minutesText } from '#lib/format.ts';
import { WEEKDAYS } from '#lib/weekdays.ts';

export type DayField = `businessHours.${Weekday}`;
export type ServiceField = `serviceDurations.${ServiceType}`;
/** Named as the API's issues name them (`businessHours.monday`), so that each refusal lands beside its field. */
export type OrganizationField = 'name' | 'timeZone' | 'country' | DayField | 'bufferMinutes' | 'minNoticeMinutes' | ServiceField;

/** One day as typed: a closed day keeps the hours in its boxes, for when it is opened again. */
export type DayValues = { closed: boolean; open: string; close: string };
/** The form as typed: the minutes as text, since a box may hold something that is not a number. */
export type OrganizationFormValues = {
	name: string;
	timeZone: string;
	country: string;
	businessHours: Record<Weekday, DayValues>;
	bufferMinutes: string;
	minNoticeMinutes: string;
	serviceDurations: Record<ServiceType, string>;
};
/** What is sent, unchecked: the API names what is wrong. A box that does not hold a whole number is sent as null. */
export type OrganizationBody = Omit<OrganizationSettings, 'country' | 'bufferMinutes' | 'minNoticeMinutes' | 'serviceDurations'> & {
	country: string;
	bufferMinutes: number | null;
	minNoticeMinutes: number | null;
	serviceDurations: Record<ServiceType, number | null>;
};

export type Limit = { min: number; max: number };
/** The API's limits, in minutes; every service has the same. */
export type OrganizationLimits = { bufferMinutes: Limit; minNoticeMinutes: Limit; serviceMinutes: Limit };

export const SERVICE_WORDS: Record<ServiceType, string> = {
	consultation: 'Arrangement consultation',
	planning: 'Pre-planning meeting',
	burial: 'Burial',
	cremation: 'Cremation',
	memorial: 'Memorial service',
	viewing: 'Viewing/visitation'
};

/** Each field's form control is named as the field; a day has three: `businessHours.monday.closed`, `.open` and `.close`. */
export const dayField = (day: Weekday): DayField => `businessHours.${day}`;
export const dayControl = (day: Weekday, part: keyof DayValues): string => `${dayField(day)}.${part}`;
export const serviceField = (service: ServiceType): ServiceField => `serviceDurations.${service}`;
/** The id of the control a field's error belongs to (a day's is its opening time): "businessHours-monday-open". */
export const controlIdOf = (field: OrganizationField): string => `${field.replaceAll('.', '-')}${field.startsWith('businessHours.') ? '-open' : ''}`;

/** What the boxes of a closed day hold, once it is opened: the usual office day. */
const USUAL_HOURS = { open: '09:00', close: '17:00' };

const eachDay = <T>(valueOf: (day: Weekday) => T) => Object.fromEntries(WEEKDAYS.map(({ key }) => [key, valueOf(key)])) as Record<Weekday, T>;
const eachService = <T>(valueOf: (service: ServiceType) => T) => Object.fromEntries(SERVICE_TYPES.map((service) => [service, valueOf(service)])) as Record<ServiceType, T>;
const dayFields = <T>(valueOf: (dayName: string) => T) => Object.fromEntries(WEEKDAYS.map(({ key, name }) => [dayField(key), valueOf(name)])) as Record<DayField, T>;
const serviceFields = <T>(valueOf: (service: ServiceType) => T) => Object.fromEntries(SERVICE_TYPES.map((service) => [serviceField(service), valueOf(service)])) as Record<ServiceField, T>;

export const organizationFormValuesOf = (settings: OrganizationSettings): OrganizationFormValues => ({
	name: settings.name,
	timeZone: settings.timeZone,
	country: settings.country,
	businessHours: eachDay((day) => {
		const hours = settings.businessHours[day];
		return hours ? { closed: false, ...hours } : { closed: true, ...USUAL_HOURS };
	}),
	bufferMinutes: String(settings.bufferMinutes),
	minNoticeMinutes: String(settings.minNoticeMinutes),
	serviceDurations: eachService((service) => String(settings.serviceDurations[service]))
});

/** A whole number of minutes as typed, or null. */
export const minutesOf = (text: string): number | null => (/^\d{1,6}$/.test(text) ? Number(text) : null);

/** Reads the form. The API checks every rule, so that each is written once; this only turns text into what it takes. */
export function readOrganizationForm(form: FormData): { values: OrganizationFormValues; body: OrganizationBody } {
	const values: OrganizationFormValues = {
		name: textOf(form, 'name'),
		timeZone: textOf(form, 'timeZone'),
		country: textOf(form, 'country'),
		// A browser sends a time box as HH:MM; one with seconds typed is cut to the minute.
		businessHours: eachDay((day) => ({
			closed: tickedIn(form, dayControl(day, 'closed')),
			open: textOf(form, dayControl(day, 'open')).slice(0, 5),
			close: textOf(form, dayControl(day, 'close')).slice(0, 5)
		})),
		bufferMinutes: textOf(form, 'bufferMinutes'),
		minNoticeMinutes: textOf(form, 'minNoticeMinutes'),
		serviceDurations: eachService((service) => textOf(form, serviceField(service)))
	};
	const body: OrganizationBody = {
		name: values.name,
		timeZone: values.timeZone,
		country: values.country,
		businessHours: eachDay((day) => {
			const { closed, open, close } = values.businessHours[day];
			return closed ? null : { open, close };
		}),
		bufferMinutes: minutesOf(values.bufferMinutes),
		minNoticeMinutes: minutesOf(values.minNoticeMinutes),
		serviceDurations: eachService((service) => minutesOf(values.serviceDurations[service]))
	};
	return { values, body };
}

/** Each field as the list of what to fix names it. */
export const FIELD_LABELS: Record<OrganizationField, string> = {
	name: 'Name',
	timeZone: 'Time zone',
	country: 'Country',
	...dayFields((dayName) => `${dayName}'s hours`),
	bufferMinutes: 'Buffer between appointments',
	minNoticeMinutes: 'Minimum notice',
	...serviceFields((service) => SERVICE_WORDS[service])
};

const wholeMinutes = ({ min, max }: Limit) => `Enter a whole number, from ${min} to ${minutesText(max)}.`;
const dayWords = (apiMessage: string) =>
	/before close/i.test(apiMessage) ? 'The closing time must be later than the opening time.' : 'Enter the opening and the closing time, for example 9:00 AM and 5:00 PM.';

/** What each field says when the API refuses it, since the API's own words are written for programmers. */
export function organizationFieldWords(limits: OrganizationLimits): Record<OrganizationField, string | ((apiMessage: string) => string)> {
	return {
		name: 'Enter the name callers should hear, in at most 200 characters.',
		timeZone: 'Choose the time zone of the office.',
		country: 'Choose the country most callers phone from.',
		...dayFields(() => dayWords),
		bufferMinutes: wholeMinutes(limits.bufferMinutes),
		minNoticeMinutes: wholeMinutes(limits.minNoticeMinutes),
		...serviceFields(() => wholeMinutes(limits.serviceMinutes))
	};
}
