import { callKindOf } from '#lib/first-call-words.ts';
import { readApi } from '#lib/server/request.ts';
import type { Call, Page } from '#lib/api/types.ts';
import type { PageServerLoad } from './$types';

const VIEWS = { all: '', callback: 'needsCallback=true', urgent: 'urgent=true', booked: 'outcome=booked' } as const;
export type CallsView = keyof typeof VIEWS;

/** A view (who still needs a call back, what was booked) and a kind narrow the list together. */
export const load: PageServerLoad = async ({ fetch, url }) => {
	const view = (Object.keys(VIEWS).includes(url.searchParams.get('view') ?? '') ? url.searchParams.get('view') : 'all') as CallsView;
	const kind = callKindOf(url.searchParams.get('kind'));
	const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
	const query = [VIEWS[view], kind && `kind=${kind}`, `page=${page}`].filter(Boolean).join('&');
	return { calls: await readApi<Page<Call>>(fetch, `/api/calls?${query}`), view, kind };
};
