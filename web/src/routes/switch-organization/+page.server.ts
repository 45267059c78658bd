import { error, redirect } from '@sveltejs/kit';
import { getSession } from '#lib/server/api.ts';
import { sendApi } from '#lib/server/request.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ fetch, request }) => {
		const result = await getSession(fetch);
		if (result.kind !== 'signed-in') redirect(303, '/login');
		const organizationId = String((await request.formData()).get('organizationId') ?? '');
		const sent = await sendApi(fetch, 'POST', '/api/auth/switch-organization', { organizationId }, result.session.csrfToken);
		if (!sent.ok) error(sent.status === 404 ? 404 : 503, sent.message);
		redirect(303, '/');
	}
};
