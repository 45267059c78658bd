import { fail, redirect } from '@sveltejs/kit';
import { forwardSetCookies, getSession, postJson } from '#lib/server/api.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ fetch, cookies, url }) => {
		const result = await getSession(fetch);
		if (result.kind === 'signed-out') redirect(303, '/login');
		if (result.kind === 'unavailable') return fail(503, { message: 'We cannot reach the service right now. Please try again.' });
		const response = await postJson(fetch, '/api/auth/logout', {}, result.session.csrfToken);
		// 401: the session had already ended, which is what the person wanted.
		if (!response.ok && response.status !== 401) return fail(502, { message: 'We could not sign you out. Please try again.' });
		forwardSetCookies(response, cookies, url);
		redirect(303, '/login');
	}
};
