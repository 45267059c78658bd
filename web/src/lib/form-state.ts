import type { FormRefusal } from './server/settings-change.ts';

/**
 * What one row's form shows: what was typed and refused, when the last save was that row's (`id`
 * null is the add form), else its stored values with no errors.
 */
export function formStateFor<F extends string, V>(refused: FormRefusal<F, V> | null | undefined, id: string | null, stored: V) {
	return refused && refused.id === id
		? { values: refused.values, errors: refused.errors, formError: refused.formError }
		: { values: stored, errors: {} as Partial<Record<F, string>>, formError: null };
}
