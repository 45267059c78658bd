import { fail } from '@sveltejs/kit';
import { csrfTokenOf, readApi, sendApi } from '#lib/server/request.ts';
import type { Dashboard } from '#lib/api/types.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => ({ dashboard: await readApi<Dashboard>(fetch, '/api/dashboard') });

export const actions: Actions = {
	taskDone: async ({ fetch, request }) => {
		const csrfToken = await csrfTokenOf(fetch);
		const id = String((await request.formData()).get('taskId') ?? '');
		const sent = await sendApi(fetch, 'POST', `/api/tasks/${encodeURIComponent(id)}/done`, {}, csrfToken);
		if (!sent.ok) return fail(sent.status, { taskError: { id, message: sent.message } });
		return { taskDone: id };
	}
};
