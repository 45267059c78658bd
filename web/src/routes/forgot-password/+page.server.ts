import { fail } from '@sveltejs/kit';
import { namesField, postPublic } from '#lib/server/public-form.ts';
import { UNAVAILABLE } from '#lib/server/request.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ fetch, request }) => {
		const email = String((await request.formData()).get('email') ?? '').trim();
		if (!email) return fail(400, { email, emailError: 'Enter the email address you sign in with.' });
		// The API answers the same whether or not the email has an account, and so does this page.
		const sent = await postPublic(fetch, '/api/auth/password-reset', { email });
		if (sent.response?.ok) return { sent: true };
		if (sent.status === 400 && namesField(sent.error, 'email')) {
			return fail(400, { email, emailError: 'That does not look like an email address. Check it and try again.' });
		}
		return fail(sent.status === 429 ? 429 : 503, { email, formError: sent.status === 429 ? 'Too many requests. Please wait a few minutes and try again.' : UNAVAILABLE });
	}
};
