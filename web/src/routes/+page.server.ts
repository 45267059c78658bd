import { error, fail, redirect } from '@sveltejs/kit';
import { forwardSetCookies, getSession, postJson } from '#lib/server/api.ts';
import type { Actions, PageServerLoad } from './$types';

const UNAVAILABLE = 'We cannot reach the service right now. Please try again in a minute.';

export const load: PageServerLoad = async ({ fetch, setHeaders }) => {
	const result = await getSession(fetch);
	if (result.kind === 'signed-out') redirect(303, '/login');
	if (result.kind === 'unavailable') error(503, UNAVAILABLE);

	setHeaders({ 'cache-control': 'private, no-store' });
	const { user, organization, role, csrfToken } = result.session;
	return {
		user: { name: user.name, email: user.email },
		organization: { name: organization.name },
		role,
		// Needed by this page only, for the x-csrf-token header of its own requests.
		csrfToken
	};
};

/** Fallback for browsers without JavaScript. With JavaScript the page calls /api/auth/logout directly. */
export const actions: Actions = {
	logout: async ({ fetch, cookies, url }) => {
		const result = await getSession(fetch);
		if (result.kind === 'signed-out') redirect(303, '/login');
		if (result.kind === 'unavailable') return fail(503, { logoutError: UNAVAILABLE });

		const response = await postJson(fetch, '/api/auth/logout', {}, result.session.csrfToken);
		if (!response.ok && response.status !== 401) {
			return fail(502, { logoutError: 'We could not sign you out. Please try again.' });
		}
		forwardSetCookies(response, cookies, url);
		redirect(303, '/login');
	}
};
