import { fail } from '@sveltejs/kit';
import { setError, superValidate, type SuperValidated } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { contactFormSchema, fieldsFromForm, type ContactForm } from '../../../../domain/contacts/contact-record.ts';
import type { Contact } from '#lib/api/types.ts';
import { phoneForForm } from '#lib/format.ts';
import type { ApiIssue } from './request.ts';

export const contactForm = zod4(contactFormSchema());

const NUMBERS = ['contractAmount', 'amountPaid'] as const;

/** A posted form as the schema reads it: blank money is no amount, veteran is yes, no or not known. */
export function readContactForm(data: FormData): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const [key, value] of data) {
		if (typeof value !== 'string' || key.startsWith('__')) continue;
		// An empty box or "not chosen" is no value; the schema clears the field.
		values[key] = value.trim() === '' ? null : value;
	}
	for (const key of NUMBERS) {
		const raw = String(values[key] ?? '').replace(/[$,\s]/g, '');
		values[key] = raw === '' ? null : Number(raw);
	}
	values.veteran = values.veteran === 'yes' ? true : values.veteran === 'no' ? false : null;
	return values;
}

/** What the form shows for a stored contact. */
export function formValuesOf(contact: Contact): Partial<ContactForm> {
	const { contractAmountCents, amountPaidCents, ...rest } = contact;
	const values: Record<string, unknown> = { ...rest };
	values.phone = phoneForForm(contact.phone);
	values.alternatePhone = phoneForForm(contact.alternatePhone);
	values.contractAmount = contractAmountCents === null ? null : contractAmountCents / 100;
	values.amountPaid = amountPaidCents === null ? null : amountPaidCents / 100;
	return values as Partial<ContactForm>;
}

export async function validateContactForm(request: Request) {
	return superValidate(readContactForm(await request.formData()), contactForm);
}

/** Only what staff changed is sent, so only those fields are marked as typed by staff. */
export function changedFields(form: ContactForm, before: Contact | null) {
	const fields = fieldsFromForm(form);
	if (!before) return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
	return Object.fromEntries(Object.entries(fields).filter(([key, value]) => value !== undefined && (before as Record<string, unknown>)[key] !== value));
}

const FORM_FIELD: Record<string, string> = { contractAmountCents: 'contractAmount', amountPaidCents: 'amountPaid' };

/** The API's refusal, shown beside the fields it names. */
export function failWithApiIssues(form: SuperValidated<ContactForm>, status: number, message: string, issues: ApiIssue[]) {
	for (const issue of issues) {
		const field = (FORM_FIELD[issue.path] ?? issue.path) as keyof ContactForm;
		if (field in form.data || issue.path in FORM_FIELD) setError(form, field, issue.message);
	}
	form.message = message;
	return fail(status, { form });
}
