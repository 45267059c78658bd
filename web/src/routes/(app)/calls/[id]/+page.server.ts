import { fail } from '@sveltejs/kit';
import { csrfTokenOf, readApi, sendApi } from '#lib/server/request.ts';
import type { CallDetail } from '#lib/api/types.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => ({ call: await readApi<CallDetail>(fetch, `/api/calls/${encodeURIComponent(params.id)}`) });

export const actions: Actions = {
	say: async ({ fetch, request, params }) => {
		const text = String((await request.formData()).get('text') ?? '');
		const sent = await sendApi(fetch, 'POST', `/api/practice-calls/${encodeURIComponent(params.id)}/lines`, { text }, await csrfTokenOf(fetch));
		if (!sent.ok) return fail(sent.status, { text, message: sent.issues.find((i) => i.path === 'text') ? 'Type what the caller says first.' : sent.message });
		return { said: true };
	},
	calledBack: async ({ fetch, params }) => {
		const sent = await sendApi(fetch, 'POST', `/api/calls/${encodeURIComponent(params.id)}/page/called-back`, {}, await csrfTokenOf(fetch));
		if (!sent.ok) return fail(sent.status, { callBackMessage: sent.message });
		return { callBackLogged: true };
	},
	hangUp: async ({ fetch, params }) => {
		const sent = await sendApi(fetch, 'POST', `/api/practice-calls/${encodeURIComponent(params.id)}/hang-up`, {}, await csrfTokenOf(fetch));
		if (!sent.ok && sent.status !== 409) return fail(sent.status, { message: sent.message });
		return { hungUp: true };
	}
};
