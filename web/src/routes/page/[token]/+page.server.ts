import { fail } from '@sveltejs/kit';
import { readApiError } from '#lib/api/errors.ts';
import type { PageLinkView, PageOwner } from '#lib/api/types.ts';
import { postPublic } from '#lib/server/public-form.ts';
import { UNAVAILABLE } from '#lib/server/request.ts';
import type { Actions, PageServerLoad } from './$types';

const path = (token: string) => `/api/page-links/${encodeURIComponent(token)}`;
const HALF_A_LINK = 'This link is not complete. Open it again from the text, or phone the office.';

/** The page, or why it cannot be shown: `closed` is calm news (the family has been called back), `problem` is not. */
type Opened = { page: PageLinkView; closed: null; problem: null } | { page: null; closed: string; problem: null } | { page: null; closed: null; problem: string };

/** What a refusal from the API means to the person holding the link. */
function refusal(status: number, message: string | undefined): { closed: string } | { problem: string } {
	if (status === 409) return { closed: message || 'This page is closed. Nothing more is needed from you.' };
	if (status === 404) return { problem: message || 'This link is not one we sent. Phone the office.' };
	if (status === 400) return { problem: HALF_A_LINK };
	return { problem: message && status === 503 ? message : UNAVAILABLE };
}

export const load: PageServerLoad = async ({ fetch, params, setHeaders }): Promise<Opened> => {
	setHeaders({ 'cache-control': 'private, no-store' });
	let response: Response;
	try {
		response = await fetch(path(params.token), { headers: { accept: 'application/json' } });
	} catch {
		return { page: null, closed: null, problem: UNAVAILABLE };
	}
	if (response.ok) return { page: (await response.json()) as PageLinkView, closed: null, problem: null };
	const why = refusal(response.status, (await readApiError(response))?.message);
	return 'closed' in why ? { page: null, closed: why.closed, problem: null } : { page: null, closed: null, problem: why.problem };
};

export const actions: Actions = {
	acknowledge: async ({ fetch, params }) => {
		const sent = await postPublic(fetch, `${path(params.token)}/acknowledge`, {});
		if (sent.response?.ok) return { taken: (await sent.response.json()) as PageOwner };
		return fail(sent.status, refusal(sent.status, sent.error?.message));
	},
	calledBack: async ({ fetch, params }) => {
		const sent = await postPublic(fetch, `${path(params.token)}/called-back`, {});
		if (sent.response?.ok) return { calledBack: true };
		return fail(sent.status, refusal(sent.status, sent.error?.message));
	}
};
