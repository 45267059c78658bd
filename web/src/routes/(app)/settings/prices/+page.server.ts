import { fail } from '@sveltejs/kit';
import { roleAtLeast } from '../../../../../../domain/team/roles.ts';
import type { PriceListItem } from '#lib/api/types.ts';
import { textOf } from '#lib/form-data.ts';
import { readApi } from '#lib/server/request.ts';
import { hasErrors, localRefusal, refusal, sendChange } from '#lib/server/settings-change.ts';
import { CODE_TAKEN, PRICE_FIELD_WORDS, readPriceForm } from './price-form.ts';
import type { Actions, PageServerLoad } from './$types';

const PRICES = '/api/settings/price-list';
const itemPath = (id: string) => `${PRICES}/${encodeURIComponent(id)}`;
const GONE = 'Someone has removed this item from the price list meanwhile.';
// The API names the price in cents; the form, in dollars.
const FIELDS = { words: PRICE_FIELD_WORDS, renamed: { priceCents: 'price' }, conflict: { field: 'code', message: CODE_TAKEN } } as const;

export const load: PageServerLoad = async ({ fetch, parent }) => {
	const { role } = await parent();
	const { items } = await readApi<{ items: PriceListItem[] }>(fetch, PRICES);
	return { items, canEdit: roleAtLeast(role, 'admin') };
};

export const actions: Actions = {
	add: async ({ fetch, request }) => {
		const { values, body, errors } = readPriceForm(await request.formData());
		if (hasErrors(errors)) return fail(400, { price: localRefusal(null, values, errors) });
		const sent = await sendChange<PriceListItem>(fetch, 'POST', PRICES, body, GONE);
		if (!sent.ok) return fail(sent.status, { price: refusal(null, values, sent, FIELDS) });
		return { added: sent.body.item };
	},
	edit: async ({ fetch, request }) => {
		const form = await request.formData();
		const id = textOf(form, 'id');
		const { values, body, errors } = readPriceForm(form);
		if (hasErrors(errors)) return fail(400, { price: localRefusal(id, values, errors) });
		const sent = await sendChange<PriceListItem>(fetch, 'PUT', itemPath(id), body, GONE);
		if (!sent.ok) return fail(sent.status, { price: refusal(id, values, sent, FIELDS) });
		return { saved: sent.body.item };
	},
	remove: async ({ fetch, request }) => {
		const form = await request.formData();
		const id = textOf(form, 'id');
		const sent = await sendChange(fetch, 'DELETE', itemPath(id), null, GONE);
		if (!sent.ok && sent.status !== 404) return fail(sent.status, { removeError: { id, message: sent.message } });
		return { removed: textOf(form, 'item') };
	}
};
