import { fail } from '@sveltejs/kit';
import { mayGrant } from '../../../../../domain/team/grants.ts';
import { ROLES, roleAtLeast, roleSchema } from '../../../../../domain/team/roles.ts';
import type { TeamInvitation, TeamMember } from '#lib/api/types.ts';
import { csrfTokenOf, readApi, sendApi, type SendResult } from '#lib/server/request.ts';
import type { Actions, PageServerLoad } from './$types';

/** Strongest first, as the role menus list them. */
const STRONGEST_FIRST = [...ROLES].reverse();

export const load: PageServerLoad = async ({ fetch, parent }) => {
	const { role } = await parent();
	const [{ members }, { invitations }] = await Promise.all([
		readApi<{ members: TeamMember[] }>(fetch, '/api/team/members'),
		// Staff and read-only members see the team, not who has been asked to join it.
		roleAtLeast(role, 'admin') ? readApi<{ invitations: TeamInvitation[] }>(fetch, '/api/team/invitations') : { invitations: [] },
	]);
	return { members, invitations, roles: STRONGEST_FIRST, grantable: STRONGEST_FIRST.filter((r) => mayGrant(role, r)) };
};

const memberPath = (userId: string) => `/api/team/members/${encodeURIComponent(userId)}`;
const MEMBER_GONE = 'They are no longer a member of this organization.';

/** A change to one row of a list. A refusal is in the API's words, except for a row gone meanwhile: those name an id. */
async function changeRow<T>(fetch: typeof globalThis.fetch, method: string, path: string, body: unknown, gone: string): Promise<SendResult<T>> {
	const sent = await sendApi<T>(fetch, method, path, body, await csrfTokenOf(fetch));
	return sent.ok || sent.status !== 404 ? sent : { ...sent, message: gone };
}

export const actions: Actions = {
	invite: async ({ fetch, request }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '').trim();
		const role = String(form.get('role') ?? '');
		const refuse = (status: number, errors: { emailError?: string | null; roleError?: string | null; formError?: string | null }) =>
			fail(status, { invite: { email, role, emailError: null, roleError: null, formError: null, ...errors } });
		if (!email) return refuse(400, { emailError: 'Enter the email address of the person you are inviting.' });
		const sent = await sendApi<TeamInvitation>(fetch, 'POST', '/api/team/invitations', { email, role }, await csrfTokenOf(fetch));
		if (sent.ok) return { invited: sent.body.email };
		const names = (field: string) => sent.issues.some((issue) => issue.path === field);
		// 409: already a member (or invited by someone else this very moment); 403: a role this member may not grant.
		const emailError = sent.status === 409 ? sent.message : names('email') ? 'That does not look like an email address. Check it and try again.' : null;
		const roleError = sent.status === 403 ? sent.message : names('role') ? 'Choose one of the roles.' : null;
		return refuse(sent.status, { emailError, roleError, formError: emailError || roleError ? null : sent.message });
	},
	changeRole: async ({ fetch, request }) => {
		const form = await request.formData();
		const userId = String(form.get('userId') ?? '');
		const role = roleSchema.safeParse(form.get('role'));
		if (!role.success) return fail(400, { memberError: { userId, message: 'Choose one of the roles.' } });
		const sent = await changeRow<TeamMember>(fetch, 'PATCH', memberPath(userId), { role: role.data }, MEMBER_GONE);
		if (!sent.ok) return fail(sent.status, { memberError: { userId, message: sent.message } });
		return { roleChanged: { name: sent.body.name, role: sent.body.role } };
	},
	remove: async ({ fetch, request }) => {
		const form = await request.formData();
		const userId = String(form.get('userId') ?? '');
		const sent = await changeRow(fetch, 'DELETE', memberPath(userId), null, MEMBER_GONE);
		if (!sent.ok) return fail(sent.status, { memberError: { userId, message: sent.message } });
		return { removed: String(form.get('name') ?? '') };
	},
	withdraw: async ({ fetch, request }) => {
		const form = await request.formData();
		const id = String(form.get('invitationId') ?? '');
		const sent = await changeRow(fetch, 'DELETE', `/api/team/invitations/${encodeURIComponent(id)}`, null, 'That invitation is no longer open.');
		if (!sent.ok) return fail(sent.status, { invitationError: { id, message: sent.message } });
		return { withdrawn: String(form.get('email') ?? '') };
	}
};
