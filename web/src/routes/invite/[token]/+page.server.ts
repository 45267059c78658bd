import { fail, redirect } from '@sveltejs/kit';
import { readApiError } from '#lib/api/errors.ts';
import type { OpenInvitation } from '#lib/api/types.ts';
import { forwardSetCookies } from '#lib/server/api.ts';
import { PASSWORD_MIN_LENGTH, PASSWORD_TOO_SHORT } from '#lib/password.ts';
import { linkProblem, namesField, postPublic } from '#lib/server/public-form.ts';
import { UNAVAILABLE } from '#lib/server/request.ts';
import type { Actions, PageServerLoad } from './$types';

const path = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;
const NAME_MISSING = 'Tell us your name, as your colleagues will see it.';

type Opened = { invitation: OpenInvitation; problem: null } | { invitation: null; problem: string };

export const load: PageServerLoad = async ({ fetch, params, setHeaders }): Promise<Opened> => {
	setHeaders({ 'cache-control': 'private, no-store' });
	let response: Response;
	try {
		response = await fetch(path(params.token), { headers: { accept: 'application/json' } });
	} catch {
		return { invitation: null, problem: UNAVAILABLE };
	}
	if (response.ok) return { invitation: (await response.json()) as OpenInvitation, problem: null };
	return { invitation: null, problem: linkProblem(response.status, await readApiError(response)) ?? UNAVAILABLE };
};

export const actions: Actions = {
	default: async ({ fetch, request, params, cookies, url }) => {
		const form = await request.formData();
		const hasAccount = form.get('hasAccount') === 'yes';
		const name = String(form.get('name') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const refuse = (status: number, errors: { nameError?: string; passwordError?: string; formError?: string; signIn?: boolean }) => fail(status, { name, ...errors });

		// The API checks all of this too; saying it here first names every field at once.
		const nameError = !hasAccount && !name ? NAME_MISSING : undefined;
		const passwordError = hasAccount ? (password ? undefined : 'Enter the password of your account.') : password.length < PASSWORD_MIN_LENGTH ? PASSWORD_TOO_SHORT : undefined;
		if (nameError || passwordError) return refuse(400, { nameError, passwordError });

		const sent = await postPublic(fetch, `${path(params.token)}/accept`, hasAccount ? { password } : { name, password });
		if (sent.response?.ok) {
			forwardSetCookies(sent.response, cookies, url);
			redirect(303, '/');
		}
		const problem = linkProblem(sent.status, sent.error);
		if (problem) return fail(sent.status, { name, problem });
		switch (sent.status) {
			case 400:
				return refuse(400, {
					nameError: namesField(sent.error, 'name') ? NAME_MISSING : undefined,
					passwordError: namesField(sent.error, 'password') ? PASSWORD_TOO_SHORT : undefined,
					formError: namesField(sent.error, 'name') || namesField(sent.error, 'password') ? undefined : UNAVAILABLE
				});
			case 401:
				return refuse(401, { passwordError: 'That is not the password of your account. Enter the one you sign in with.' });
			case 409:
				return refuse(409, { formError: sent.error?.message ?? 'You are already a member; sign in instead.', signIn: true });
			case 429:
				return refuse(429, { passwordError: 'Too many attempts. Please wait a few minutes and try again.' });
			default:
				return refuse(503, { formError: UNAVAILABLE });
		}
	}
};
