import type { SubmitFunction } from '$app/forms';

/** A form's "sending…" state for `use:enhance={form.submit}`: busy from the click until the page has updated. */
export function busyForm(): { readonly busy: boolean; submit: SubmitFunction } {
	let busy = $state(false);
	return {
		get busy() {
			return busy;
		},
		submit: () => {
			busy = true;
			return async ({ update }) => {
				await update();
				busy = false;
			};
		}
	};
}
