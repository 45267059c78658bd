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

/** The API's refusal in the form's words: each issue beside the field it names (`weekdays.0` names `weekdays`). */
export function refusal<F extends string, V>(id: string | null, values: V, sent: Extract<SendResult<unknown>, { ok: false }>, fields: FormFields<F>): FormRefusal<F, V> {
	const errors: Partial<Record<F, string>> = {};
	if (sent.status === 409 && fields.conflict) errors[fields.conflict.field] = fields.conflict.message;
	if (sent.status === 400) {
		for (const issue of sent.issues) {
			const named = issue.path.split('.')[0] ?? '';
			const field = fields.renamed?.[named] ?? (named as F);
			if (!Object.hasOwn(fields.words, field)) continue;
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
