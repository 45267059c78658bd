import { csrfTokenOf, sendApi, type SendResult } from './request.ts';

type Fetch = typeof fetch;

/**
 * Why a settings form was not saved: what was typed (to show it again), a message beside each
 * field named, and one for the form when no field explains it. `id` is the row being edited, or
 * null for the form that adds one.
 */
export type FormRefusal<F extends string, V> = { id: string | null; values: V; errors: Partial<Record<F, string>>; formError: string | null };

/** Sends one change to a list in Settings; a row removed meanwhile (404) is said in `gone`'s words. */
export async function sendChange<T>(fetch: Fetch, method: string, path: string, body: unknown, gone: string): Promise<SendResult<T>> {
	const sent = await sendApi<T>(fetch, method, path, body, await csrfTokenOf(fetch));
	return sent.ok || sent.status !== 404 ? sent : { ...sent, message: gone };
}

const CHECK_THE_FORM = 'This could not be saved. Check what you typed and try again.';

/** How a form names its fields, against the API's. */
export type FormFields<F extends string> = {
	/**
	 * Each field's message when the API refuses it, since the API's own are written for programmers;
	 * a function reads the API's to choose between reasons ("is a time the clocks skip").
	 */
	words: Record<F, string | ((apiMessage: string) => string)>;
	/** The API's name of a field where the form's differs: `{ priceCents: 'price' }`. */
	renamed?: Record<string, F>;
	/** Where a 409 (a code already taken, a topic already answered) is said. */
	conflict?: { field: F; message: string };
};

/**
 * The form's field an issue's path names: the longest start of the path the form has words for, so
 * `weekdays.0` names `weekdays`, and `businessHours.monday.open` names `businessHours.monday`
 * where the form has a field for each day.
 */
function fieldOf<F extends string>(path: string, fields: FormFields<F>): F | null {
	const steps = path.split('.');
	for (let length = steps.length; length > 0; length--) {
		const named = steps.slice(0, length).join('.');
		const field = fields.renamed?.[named] ?? (named as F);
		if (Object.hasOwn(fields.words, field)) return field;
	}
	return null;
}

/** The API's refusal in the form's words: each issue beside the field it names. */
export function refusal<F extends string, V>(id: string | null, values: V, sent: Extract<SendResult<unknown>, { ok: false }>, fields: FormFields<F>): FormRefusal<F, V> {
	const errors: Partial<Record<F, string>> = {};
	if (sent.status === 409 && fields.conflict) errors[fields.conflict.field] = fields.conflict.message;
	if (sent.status === 400) {
		for (const issue of sent.issues) {
			const field = fieldOf(issue.path, fields);
			if (field === null) continue;
			const words: string | ((apiMessage: string) => string) = fields.words[field];
			errors[field] ??= typeof words === 'function' ? words(issue.message) : words;
		}
	}
	const placed = Object.keys(errors).length > 0;
	return { id, values, errors, formError: placed ? null : sent.status === 400 ? CHECK_THE_FORM : sent.message };
}

/** A refusal found before asking the API (a box left empty, a price that is not a number). */
export const localRefusal = <F extends string, V>(id: string | null, values: V, errors: Partial<Record<F, string>>): FormRefusal<F, V> => ({ id, values, errors, formError: null });

export const hasErrors = (errors: Partial<Record<string, string>>): boolean => Object.keys(errors).length > 0;
