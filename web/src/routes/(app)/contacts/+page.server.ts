import { readApi } from '#lib/server/request.ts';
import type { Contact, Page } from '#lib/api/types.ts';
import type { PageServerLoad } from './$types';

const KEPT = ['q', 'status', 'leadSource', 'serviceType', 'sort', 'page'] as const;

export const load: PageServerLoad = async ({ fetch, url }) => {
	const query = new URLSearchParams();
	for (const key of KEPT) {
		const value = url.searchParams.get(key)?.trim();
		if (value) query.set(key, value);
	}
	const filters = Object.fromEntries(query) as Partial<Record<(typeof KEPT)[number], string>>;
	return { contacts: await readApi<Page<Contact>>(fetch, `/api/contacts?${query}`), filters };
};
