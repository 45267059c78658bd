import { redirect } from '@sveltejs/kit';
import { fail, superValidate } from 'sveltekit-superforms';
import { changedFields, contactForm, failWithApiIssues, formValuesOf, validateContactForm } from '#lib/server/contact-form.ts';
import { csrfTokenOf, readApi, sendApi } from '#lib/server/request.ts';
import type { Contact, ContactDetail } from '#lib/api/types.ts';
import type { Actions, PageServerLoad } from './$types';

const path = (id: string) => `/api/contacts/${encodeURIComponent(id)}`;

export const load: PageServerLoad = async ({ fetch, params, url }) => {
	const detail = await readApi<ContactDetail>(fetch, path(params.id));
	return { detail, form: await superValidate(formValuesOf(detail.contact), contactForm, { errors: false }), saved: url.searchParams.has('saved') };
};

export const actions: Actions = {
	save: async ({ fetch, request, params }) => {
		const form = await validateContactForm(request);
		if (!form.valid) return fail(400, { form });
		const before = (await readApi<ContactDetail>(fetch, path(params.id))).contact;
		const changes = changedFields(form.data, before);
		if (Object.keys(changes).length > 0) {
			const sent = await sendApi<Contact>(fetch, 'PATCH', path(params.id), changes, await csrfTokenOf(fetch));
			if (!sent.ok) return failWithApiIssues(form, sent.status, sent.message, sent.issues);
		}
		redirect(303, `/contacts/${params.id}?saved=1`);
	},
	note: async ({ fetch, request, params }) => {
		const data = await request.formData();
		const summary = String(data.get('summary') ?? '');
		const kind = String(data.get('kind') ?? 'note');
		const sent = await sendApi(fetch, 'POST', `${path(params.id)}/interactions`, { summary, kind }, await csrfTokenOf(fetch));
		if (!sent.ok) return fail(sent.status, { noteError: sent.issues.some((i) => i.path === 'summary') ? 'Write something first.' : sent.message, summary });
		return { noted: true };
	},
	merge: async ({ fetch, request, params }) => {
		const otherId = String((await request.formData()).get('otherId') ?? '');
		const sent = await sendApi(fetch, 'POST', `${path(params.id)}/merge`, { otherId }, await csrfTokenOf(fetch));
		if (!sent.ok) return fail(sent.status, { mergeError: sent.message });
		return { merged: true };
	}
};
