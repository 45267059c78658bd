import { fail } from '@sveltejs/kit';
import { roleAtLeast } from '../../../../../../domain/team/roles.ts';
import type { OnCallRota, PagingSettings, RotaEntry } from '#lib/api/types.ts';
import { textOf } from '#lib/form-data.ts';
import { readApi } from '#lib/server/request.ts';
import { hasErrors, localRefusal, refusal, sendChange } from '#lib/server/settings-change.ts';
import { readRotaForm, ROTA_FIELD_WORDS } from './rota-form.ts';
import type { Actions, PageServerLoad } from './$types';

const ROTA = '/api/settings/on-call-rota';
const PAGING = '/api/settings/paging';
const entryPath = (id: string) => `${ROTA}/${encodeURIComponent(id)}`;
const GONE = 'Someone has removed this person from the rota meanwhile.';

export const load: PageServerLoad = async ({ fetch, parent }) => {
	const { role } = await parent();
	const [rota, paging] = await Promise.all([readApi<OnCallRota>(fetch, ROTA), readApi<PagingSettings>(fetch, PAGING)]);
	return { rota: rota.items, onCallNow: rota.onCallNow, paging, pagingLimits: PAGING_LIMITS, canEdit: roleAtLeast(role, 'admin') };
};

type PagingField = 'acknowledgeMinutes' | 'callbackPromiseMinutes';
/** The API's limits: a page may wait up to an hour for each person; the promise may be up to four hours. */
const PAGING_LIMITS: Record<PagingField, { min: number; max: number }> = { acknowledgeMinutes: { min: 1, max: 60 }, callbackPromiseMinutes: { min: 5, max: 240 } };
const limitWords = (field: PagingField) => `Enter a whole number of minutes, from ${PAGING_LIMITS[field].min} to ${PAGING_LIMITS[field].max}.`;
const PAGING_WORDS: Record<PagingField, string> = { acknowledgeMinutes: limitWords('acknowledgeMinutes'), callbackPromiseMinutes: limitWords('callbackPromiseMinutes') };
const minutesOf = (text: string, field: PagingField) => {
	const minutes = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
	return minutes >= PAGING_LIMITS[field].min && minutes <= PAGING_LIMITS[field].max ? minutes : null;
};

export const actions: Actions = {
	add: async ({ fetch, request }) => {
		const { values, body, errors } = readRotaForm(await request.formData());
		if (hasErrors(errors)) return fail(400, { rota: localRefusal(null, values, errors) });
		const sent = await sendChange<RotaEntry>(fetch, 'POST', ROTA, body, GONE);
		if (!sent.ok) return fail(sent.status, { rota: refusal(null, values, sent, { words: ROTA_FIELD_WORDS }) });
		return { added: sent.body.name };
	},
	edit: async ({ fetch, request }) => {
		const form = await request.formData();
		const id = textOf(form, 'id');
		const { values, body, errors } = readRotaForm(form);
		if (hasErrors(errors)) return fail(400, { rota: localRefusal(id, values, errors) });
		const sent = await sendChange<RotaEntry>(fetch, 'PUT', entryPath(id), body, GONE);
		if (!sent.ok) return fail(sent.status, { rota: refusal(id, values, sent, { words: ROTA_FIELD_WORDS }) });
		return { saved: sent.body.name };
	},
	remove: async ({ fetch, request }) => {
		const form = await request.formData();
		const id = textOf(form, 'id');
		const sent = await sendChange(fetch, 'DELETE', entryPath(id), null, GONE);
		// 404: gone already, which is what was wanted.
		if (!sent.ok && sent.status !== 404) return fail(sent.status, { removeError: { id, message: sent.message } });
		return { removed: textOf(form, 'name') };
	},
	paging: async ({ fetch, request }) => {
		const form = await request.formData();
		const values = { acknowledgeMinutes: textOf(form, 'acknowledgeMinutes'), callbackPromiseMinutes: textOf(form, 'callbackPromiseMinutes') };
		const acknowledgeMinutes = minutesOf(values.acknowledgeMinutes, 'acknowledgeMinutes');
		const callbackPromiseMinutes = minutesOf(values.callbackPromiseMinutes, 'callbackPromiseMinutes');
		const errors: Partial<Record<PagingField, string>> = {};
		if (acknowledgeMinutes === null) errors.acknowledgeMinutes = PAGING_WORDS.acknowledgeMinutes;
		if (callbackPromiseMinutes === null) errors.callbackPromiseMinutes = PAGING_WORDS.callbackPromiseMinutes;
		if (hasErrors(errors)) return fail(400, { paging: localRefusal(null, values, errors) });
		const sent = await sendChange<PagingSettings>(fetch, 'PUT', PAGING, { acknowledgeMinutes, callbackPromiseMinutes }, GONE);
		if (!sent.ok) return fail(sent.status, { paging: refusal(null, values, sent, { words: PAGING_WORDS }) });
		return { pagingSaved: true };
	}
};
