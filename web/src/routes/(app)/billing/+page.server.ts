import { fail, redirect } from '@sveltejs/kit';
import { roleAtLeast } from '../../../../../domain/team/roles.ts';
import type { BillingOverview, BillingRedirect, SubscriptionPlan } from '#lib/api/types.ts';
import { csrfTokenOf, readApi, sendApi } from '#lib/server/request.ts';
import type { Actions, PageServerLoad } from './$types';

/** Back from Stripe's Checkout page: the API sends the browser here with `?checkout=success|cancelled`. */
const CHECKOUT_RETURNS = ['success', 'cancelled'] as const;
type CheckoutReturn = (typeof CHECKOUT_RETURNS)[number];

export const load: PageServerLoad = async ({ fetch, parent, url }) => {
	const { role } = await parent();
	// Staff and read-only members are told whom to ask, rather than shown the API's 403.
	if (!roleAtLeast(role, 'admin')) return { billing: null, plan: null, checkout: null };
	const [billing, { plans }] = await Promise.all([
		readApi<BillingOverview>(fetch, '/api/billing'),
		readApi<{ plans: SubscriptionPlan[] }>(fetch, '/api/billing/subscription-plans')
	]);
	const checkout = CHECKOUT_RETURNS.find((value) => value === url.searchParams.get('checkout')) ?? null;
	return { billing, plan: plans.find((plan) => plan.active) ?? null, checkout: checkout as CheckoutReturn | null };
};

type Change = 'checkout' | 'portal' | 'cancel' | 'reactivate';

/** Asks the API for the change; a refusal is kept in its words, beside the button that asked. */
async function change<T>(fetch: typeof globalThis.fetch, action: Change) {
	const sent = await sendApi<T>(fetch, 'POST', `/api/billing/${action}`, null, await csrfTokenOf(fetch));
	return sent.ok ? { ok: true as const, body: sent.body } : { ok: false as const, refused: fail(sent.status, { failed: { action, message: sent.message } }) };
}

/**
 * Checkout and the billing portal are Stripe's pages: the browser goes to the one the API opened.
 * Their hosts are Stripe's to choose, so any https page the API names is followed.
 */
async function goToStripe(fetch: typeof globalThis.fetch, action: 'checkout' | 'portal') {
	const sent = await change<BillingRedirect>(fetch, action);
	if (!sent.ok) return sent.refused;
	if (URL.parse(sent.body.url)?.protocol !== 'https:') return fail(502, { failed: { action, message: "Stripe's page could not be opened just now. Please try again in a minute." } });
	redirect(303, sent.body.url, { external: true });
}

export const actions: Actions = {
	checkout: ({ fetch }) => goToStripe(fetch, 'checkout'),
	portal: ({ fetch }) => goToStripe(fetch, 'portal'),
	cancel: async ({ fetch }) => {
		const sent = await change(fetch, 'cancel');
		return sent.ok ? { changed: 'cancel' as const } : sent.refused;
	},
	reactivate: async ({ fetch }) => {
		const sent = await change(fetch, 'reactivate');
		return sent.ok ? { changed: 'reactivate' as const } : sent.refused;
	}
};
