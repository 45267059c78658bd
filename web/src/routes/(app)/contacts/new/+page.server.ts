import { redirect } from '@sveltejs/kit';
import { fail, superValidate } from 'sveltekit-superforms';
import { changedFields, contactForm, failWithApiIssues, validateContactForm } from '#lib/server/contact-form.ts';
import { csrfTokenOf, sendApi } from '#lib/server/request.ts';
import type { Contact } from '#lib/api/types.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ form: await superValidate({ status: 'lead', leadSource: 'phone_call' }, contactForm, { errors: false }) });

export const actions: Actions = {
	default: async ({ fetch, request }) => {
		const form = await validateContactForm(request);
		if (!form.valid) return fail(400, { form });
		const sent = await sendApi<Contact>(fetch, 'POST', '/api/contacts', changedFields(form.data, null), await csrfTokenOf(fetch));
		if (!sent.ok) return failWithApiIssues(form, sent.status, sent.message, sent.issues);
		redirect(303, `/contacts/${sent.body.id}?saved=1`);
	}
};
