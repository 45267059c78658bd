import { fail } from '@sveltejs/kit';
import { roleAtLeast } from '../../../../../../domain/team/roles.ts';
import type { KnowledgeEntry, PublicService } from '#lib/api/types.ts';
import { textOf } from '#lib/form-data.ts';
import { readApi } from '#lib/server/request.ts';
import { hasErrors, localRefusal, refusal, sendChange } from '#lib/server/settings-change.ts';
import { KNOWLEDGE_FIELD_WORDS, readKnowledgeForm, readServiceForm, SERVICE_FIELD_WORDS, topicTaken } from './knowledge-form.ts';
import type { Actions, PageServerLoad } from './$types';

const KNOWLEDGE = '/api/settings/knowledge';
const SERVICES = '/api/settings/public-services';
const pathOf = (list: string, id: string) => `${list}/${encodeURIComponent(id)}`;
const ENTRY_GONE = 'Someone has removed this answer meanwhile.';
const SERVICE_GONE = 'Someone has removed this service meanwhile.';

export const load: PageServerLoad = async ({ fetch, parent }) => {
	const { role } = await parent();
	const [knowledge, services] = await Promise.all([readApi<{ items: KnowledgeEntry[] }>(fetch, KNOWLEDGE), readApi<{ items: PublicService[] }>(fetch, SERVICES)]);
	return { entries: knowledge.items, services: services.items, canEdit: roleAtLeast(role, 'admin') };
};

/** A change to an answer: added (no id) or edited. */
async function saveEntry(fetch: typeof globalThis.fetch, form: FormData, id: string | null) {
	const { values, body, errors } = readKnowledgeForm(form);
	if (hasErrors(errors)) return fail(400, { entry: localRefusal(id, values, errors) });
	const sent = await sendChange<KnowledgeEntry>(fetch, id ? 'PUT' : 'POST', id ? pathOf(KNOWLEDGE, id) : KNOWLEDGE, body, ENTRY_GONE);
	if (!sent.ok) return fail(sent.status, { entry: refusal(id, values, sent, { words: KNOWLEDGE_FIELD_WORDS, conflict: { field: 'topic', message: topicTaken(values.topic) } }) });
	return { entrySaved: sent.body.topic };
}

async function saveService(fetch: typeof globalThis.fetch, form: FormData, id: string | null) {
	const { values, body, errors } = readServiceForm(form);
	if (hasErrors(errors)) return fail(400, { service: localRefusal(id, values, errors) });
	const sent = await sendChange<PublicService>(fetch, id ? 'PUT' : 'POST', id ? pathOf(SERVICES, id) : SERVICES, body, SERVICE_GONE);
	if (!sent.ok) return fail(sent.status, { service: refusal(id, values, sent, { words: SERVICE_FIELD_WORDS }) });
	return { serviceSaved: sent.body.name };
}

async function remove(fetch: typeof globalThis.fetch, form: FormData, list: 'entry' | 'service') {
	const [path, gone] = list === 'entry' ? [KNOWLEDGE, ENTRY_GONE] : [SERVICES, SERVICE_GONE];
	const id = textOf(form, 'id');
	const sent = await sendChange(fetch, 'DELETE', pathOf(path, id), null, gone);
	// 404: gone already, which is what was wanted.
	if (!sent.ok && sent.status !== 404) return fail(sent.status, { removeError: { id, message: sent.message } });
	return { removed: { list, what: textOf(form, 'what') } };
}

export const actions: Actions = {
	addEntry: async ({ fetch, request }) => saveEntry(fetch, await request.formData(), null),
	editEntry: async ({ fetch, request }) => {
		const form = await request.formData();
		return saveEntry(fetch, form, textOf(form, 'id'));
	},
	removeEntry: async ({ fetch, request }) => remove(fetch, await request.formData(), 'entry'),
	addService: async ({ fetch, request }) => saveService(fetch, await request.formData(), null),
	editService: async ({ fetch, request }) => {
		const form = await request.formData();
		return saveService(fetch, form, textOf(form, 'id'));
	},
	removeService: async ({ fetch, request }) => remove(fetch, await request.formData(), 'service')
};
