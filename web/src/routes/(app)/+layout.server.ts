import { error, redirect } from '@sveltejs/kit';
import { getSession } from '#lib/server/api.ts';
import { readApi } from '#lib/server/request.ts';
import type { MemberOrganization } from '#lib/api/types.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ fetch, setHeaders }) => {
	const result = await getSession(fetch);
	if (result.kind === 'signed-out') redirect(303, '/login');
	if (result.kind === 'unavailable') error(503, 'We cannot reach the service right now. Please try again in a minute.');
	setHeaders({ 'cache-control': 'private, no-store' });
	const { organizations } = await readApi<{ organizations: MemberOrganization[] }>(fetch, '/api/auth/organizations');
	const { user, organization, role, csrfToken, billing } = result.session;
	return { user: { name: user.name, email: user.email }, organization, role, csrfToken, organizations, paymentProblem: billing?.paymentProblem ?? false };
};
