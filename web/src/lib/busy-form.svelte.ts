import type { SubmitFunction } from '$app/forms';

type Options = {
	/** Empty the form after it was saved (SvelteKit's default). A form that stays open keeps what was typed. */
	reset?: boolean;
	/** After the page has updated from a successful submit: close the form, start a new one. */
	onSuccess?: () => void;
};

/** A form's "sending…" state for `use:enhance={form.submit}`: busy from the click until the page has updated. */
export function busyForm(options: Options = {}): { readonly busy: boolean; submit: SubmitFunction } {
	let busy = $state(false);
	return {
		get busy() {
			return busy;
		},
		submit: () => {
			busy = true;
			return async ({ result, update }) => {
				await update({ reset: options.reset ?? true });
				busy = false;
				if (result.type === 'success') options.onSuccess?.();
			};
		}
	};
}
