import { fail } from '@sveltejs/kit';
import { PASSWORD_MIN_LENGTH, PASSWORD_TOO_SHORT } from '#lib/password.ts';
import { linkProblem, namesField, postPublic } from '#lib/server/public-form.ts';
import { UNAVAILABLE } from '#lib/server/request.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
};

export const actions: Actions = {
	default: async ({ fetch, request, params }) => {
		const form = await request.formData();
		const password = String(form.get('password') ?? '');
		const again = String(form.get('again') ?? '');
		const passwordError = password.length < PASSWORD_MIN_LENGTH ? PASSWORD_TOO_SHORT : undefined;
		const againError = !passwordError && again !== password ? 'This is not the same as the new password above. Type it again.' : undefined;
		if (passwordError || againError) return fail(400, { passwordError, againError });

		// Setting it ends every session of the account, this browser's too: the person signs in anew.
		const sent = await postPublic(fetch, `/api/auth/password-reset/${encodeURIComponent(params.token)}`, { password });
		if (sent.response?.ok) return { changed: true };
		const problem = linkProblem(sent.status, sent.error);
		if (problem) return fail(sent.status, { problem });
		if (sent.status === 400 && namesField(sent.error, 'password')) return fail(400, { passwordError: PASSWORD_TOO_SHORT });
		return fail(503, { formError: UNAVAILABLE });
	}
};
