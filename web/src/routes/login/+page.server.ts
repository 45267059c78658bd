import { fail, redirect } from '@sveltejs/kit';
import { readApiError } from '#lib/api/errors.ts';
import { forwardSetCookies, getSession, postJson } from '#lib/server/api.ts';
import type { Actions, PageServerLoad } from './$types';

const SIGN_IN_ERRORS: Record<string, string> = {
	no_account: 'There is no account here for that sign-in. Ask an owner of your organization to invite you by email first.',
	sign_in_failed: 'That sign-in did not finish. Please try again, or use your email and password.'
};

type Provider = { id: string; label: string };

export const load: PageServerLoad = async ({ fetch, url }) => {
	const result = await getSession(fetch);
	if (result.kind === 'signed-in') redirect(303, '/');
	// Google and Microsoft buttons show only where this deployment has them configured.
	const providers = await fetch('/api/auth/oidc/providers')
		.then(async (response) => (response.ok ? ((await response.json()) as { providers: Provider[] }).providers : []))
		.catch(() => [] as Provider[]);
	return { providers, signInError: SIGN_IN_ERRORS[url.searchParams.get('error') ?? ''] ?? null };
};

export const actions: Actions = {
	default: async ({ request, fetch, cookies, url }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '').trim();
		const password = String(form.get('password') ?? '');

		if (!email || !password) {
			return fail(400, { email, message: 'Enter your email and your password.' });
		}

		let response: Response;
		try {
			response = await postJson(fetch, '/api/auth/login', { email, password });
		} catch {
			return fail(503, { email, message: 'We cannot reach the service right now. Please try again in a minute.' });
		}

		if (response.status === 401) {
			return fail(401, { email, message: 'That email and password do not match.' });
		}
		if (response.status === 400) {
			const apiError = await readApiError(response);
			const emailIssue = apiError?.issues?.some((issue) => issue.path === 'email');
			return fail(400, {
				email,
				message: emailIssue ? 'Please check the email address.' : 'Enter your email and your password.'
			});
		}
		if (response.status === 429) {
			return fail(429, { email, message: 'Too many attempts. Please wait a minute and try again.' });
		}
		if (!response.ok) {
			return fail(503, { email, message: 'We could not sign you in right now. Please try again in a minute.' });
		}

		forwardSetCookies(response, cookies, url);
		redirect(303, '/');
	}
};
