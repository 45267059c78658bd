import { fail, redirect } from '@sveltejs/kit';
import { csrfTokenOf, sendApi } from '#lib/server/request.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ fetch, request }) => {
		const raw = String((await request.formData()).get('fromPhone') ?? '').trim();
		const sent = await sendApi<{ callId: string }>(fetch, 'POST', '/api/practice-calls', { fromPhone: raw === '' ? null : raw }, await csrfTokenOf(fetch));
		if (!sent.ok) return fail(sent.status, { fromPhone: raw, message: sent.issues.find((i) => i.path === 'fromPhone')?.message ?? sent.message });
		redirect(303, `/calls/${sent.body.callId}`);
	}
};
