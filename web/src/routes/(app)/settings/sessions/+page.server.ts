import { fail } from '@sveltejs/kit';
import type { OwnSession } from '#lib/api/types.ts';
import { csrfTokenOf, readApi, sendApi } from '#lib/server/request.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => ({
	sessions: (await readApi<{ sessions: OwnSession[] }>(fetch, '/api/auth/sessions')).sessions
});

export const actions: Actions = {
	// This browser's own session is ended by signing out (/logout), which also clears its cookie.
	end: async ({ fetch, request }) => {
		const id = String((await request.formData()).get('sessionId') ?? '');
		const sent = await sendApi(fetch, 'DELETE', `/api/auth/sessions/${encodeURIComponent(id)}`, null, await csrfTokenOf(fetch));
		// 404: it had already ended (signed out there, or it expired), which is what was wanted.
		if (!sent.ok && sent.status !== 404) return fail(sent.status, { endError: { id, message: sent.message } });
		return { ended: true };
	}
};
