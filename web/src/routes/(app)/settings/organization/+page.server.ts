import { fail } from '@sveltejs/kit';
import { serviceDurationsSchema, tenantSettingsSchema } from '../../../../../../domain/tenant-settings.ts';
import { roleAtLeast } from '../../../../../../domain/team/roles.ts';
import type { OrganizationSettings } from '#lib/api/types.ts';
import { readApi } from '#lib/server/request.ts';
import { refusal, sendChange } from '#lib/server/settings-change.ts';
import { organizationFieldWords, readOrganizationForm, type Limit, type OrganizationLimits } from './organization-form.ts';
import { countryChoices, timeZoneGroups } from './place-choices.ts';
import type { Actions, PageServerLoad } from './$types';

const ORGANIZATION = '/api/settings/organization';
const GONE = 'We could not find your organization. Please sign in again.';

/** Read from the schema the API checks with, so that the boxes and their messages cannot drift from it. */
const limitOf = (schema: { minValue: number | null; maxValue: number | null }): Limit => ({ min: schema.minValue ?? 0, max: schema.maxValue ?? 0 });
const LIMITS: OrganizationLimits = {
	bufferMinutes: limitOf(tenantSettingsSchema.shape.bufferMinutes),
	minNoticeMinutes: limitOf(tenantSettingsSchema.shape.minNoticeMinutes),
	serviceMinutes: limitOf(serviceDurationsSchema.shape.consultation)
};
const FIELDS = { words: organizationFieldWords(LIMITS) };

export const load: PageServerLoad = async ({ fetch, parent }) => {
	const { role } = await parent();
	const settings = await readApi<OrganizationSettings>(fetch, ORGANIZATION);
	return { settings, limits: LIMITS, timeZones: timeZoneGroups(settings.timeZone, new Date()), countries: countryChoices(), canEdit: roleAtLeast(role, 'admin') };
};

export const actions: Actions = {
	save: async ({ fetch, request }) => {
		const { values, body } = readOrganizationForm(await request.formData());
		const sent = await sendChange<OrganizationSettings>(fetch, 'PUT', ORGANIZATION, body, GONE);
		if (!sent.ok) return fail(sent.status, { organization: refusal(null, values, sent, FIELDS) });
		return { saved: true };
	}
};
