import type { RotaEntry, RotaRole } from '#lib/api/types.ts';
import { textOf } from '#lib/form-data.ts';
import { phoneForForm } from '#lib/format.ts';
import { ROTA_ROLES } from './rota-words.ts';

export type RotaField = 'name' | 'phone' | 'role' | 'weekdays' | 'from' | 'until';
/** The rota form as typed. `until` '00:00' is midnight at the end of the day, sent as '24:00'. */
export type RotaFormValues = { name: string; phone: string; role: RotaRole; weekdays: number[]; from: string; until: string };
export type RotaBody = RotaFormValues;

/** Someone new is on call every day, all day, until their hours are set. */
export const NEW_ROTA_ENTRY: RotaFormValues = { name: '', phone: '', role: 'primary', weekdays: [1, 2, 3, 4, 5, 6, 7], from: '00:00', until: '00:00' };

export const rotaFormValuesOf = (entry: RotaEntry): RotaFormValues => ({
	name: entry.name,
	phone: phoneForForm(entry.phone),
	role: entry.role,
	weekdays: entry.weekdays,
	from: entry.from,
	until: entry.until === '24:00' ? '00:00' : entry.until
});

/** What each field says when the API refuses it. */
export const ROTA_FIELD_WORDS: Record<RotaField, string> = {
	name: 'Enter their name, as the office knows them.',
	phone: 'That does not look like a mobile number. Type it with the area code, for example (312) 555-0142.',
	role: 'Choose primary, backup or owner.',
	weekdays: 'Tick at least one day.',
	from: 'Enter the time they are on call from, for example 5:00 PM.',
	until: 'Enter the time they are on call until, for example 8:00 AM.'
};

const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Reads the rota form; `errors` names what must be fixed before the API is asked. */
export function readRotaForm(form: FormData): { values: RotaFormValues; body: RotaBody; errors: Partial<Record<RotaField, string>> } {
	const role = textOf(form, 'role');
	const values: RotaFormValues = {
		name: textOf(form, 'name'),
		phone: textOf(form, 'phone'),
		role: (ROTA_ROLES as readonly string[]).includes(role) ? (role as RotaRole) : 'primary',
		weekdays: form.getAll('weekdays').map(Number).filter((day) => Number.isInteger(day) && day >= 1 && day <= 7),
		// A browser sends a time box as HH:MM; one with seconds typed is cut to the minute.
		from: textOf(form, 'from').slice(0, 5),
		until: textOf(form, 'until').slice(0, 5)
	};
	const errors: Partial<Record<RotaField, string>> = {};
	if (!values.name) errors.name = 'Enter their name.';
	if (!values.phone) errors.phone = 'Enter their mobile number: pages are sent as text messages.';
	if (values.weekdays.length === 0) errors.weekdays = ROTA_FIELD_WORDS.weekdays;
	if (!CLOCK.test(values.from)) errors.from = ROTA_FIELD_WORDS.from;
	if (!CLOCK.test(values.until)) errors.until = ROTA_FIELD_WORDS.until;
	else if (values.from === values.until && values.from !== '00:00') errors.until = 'From and until are the same time. For the whole day, choose 12:00 AM for both.';
	const body: RotaBody = { ...values, until: values.until === '00:00' ? '24:00' : values.until };
	return { values, body, errors };
}
