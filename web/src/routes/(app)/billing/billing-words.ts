import type { BillingOverview, Subscription } from '#lib/api/types.ts';

/** An amount in the smallest unit of its currency ($1,234.50); Stripe names currencies in lower case. */
export function amount(cents: number, currency: string): string {
	return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);
}

export const count = (n: number): string => n.toLocaleString('en-US');

/** An instant as the day it falls on in the organization's time zone: "January 1, 2027". */
export function day(iso: string, timeZone: string): string {
	return new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(iso));
}

/** A billing period (YYYY-MM, a month in UTC) as words: "December 2026". */
export function month(period: string): string {
	const [year, monthNumber] = period.split('-').map(Number);
	return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(Date.UTC(year!, monthNumber! - 1, 1));
}

/** A UTC calendar day (YYYY-MM-DD) short, for a chart's axis and a table's row: "Dec 3". */
export function shortDay(date: string): string {
	const [y, m, d] = date.split('-').map(Number);
	return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' }).format(Date.UTC(y!, m! - 1, d!));
}

/** What can be done about the subscription, from what it is now; each button shows only when it applies. */
export type BillingChoices = { subscribe: boolean; manage: boolean; cancel: boolean; reactivate: boolean };

const ENDED = ['none', 'canceled', 'incomplete_expired'];
/** Charged each month, or about to be: these can be set to end with their period. */
const RUNNING = ['active', 'trialing', 'past_due', 'unpaid', 'paused'];

export function choicesFor(overview: Pick<BillingOverview, 'configured' | 'exempt' | 'subscription'>): BillingChoices {
	const { configured, exempt, subscription } = overview;
	if (!configured || exempt) return { subscribe: false, manage: false, cancel: false, reactivate: false };
	const running = RUNNING.includes(subscription.status);
	return {
		subscribe: ENDED.includes(subscription.status),
		// Stripe keeps the card and the invoices once there was a subscription, ended or not.
		manage: subscription.status !== 'none',
		cancel: running && !subscription.cancelAtPeriodEnd,
		reactivate: running && subscription.cancelAtPeriodEnd
	};
}

export type Standing = { tone: 'good' | 'attention' | 'neutral'; title: string; detail: string };

/** The subscription in plain words: what it is, and what to do when it needs someone. */
export function standingOf(subscription: Subscription, organization: { name: string; timeZone: string }): Standing {
	const ends = subscription.currentPeriodEnd ? day(subscription.currentPeriodEnd, organization.timeZone) : null;
	if (subscription.cancelAtPeriodEnd && RUNNING.includes(subscription.status)) {
		return {
			tone: 'attention',
			title: ends ? `Cancelled: ends on ${ends}` : 'Cancelled: ends with this billing period',
			detail: `Calls are answered as usual until then, and nothing more is charged after it. To keep the subscription, reactivate it.${
				subscription.paymentProblem ? ' A payment is overdue meanwhile: update the card under "Manage payment details".' : ''
			}`
		};
	}
	switch (subscription.status) {
		case 'active':
		case 'trialing':
			return {
				tone: subscription.paymentProblem ? 'attention' : 'good',
				title: subscription.status === 'trialing' ? 'Active (free trial)' : 'Active',
				detail: subscription.paymentProblem
					? 'A recent payment did not go through. Update the card under "Manage payment details" so the next one does.'
					: ends
						? `It renews on ${ends}.`
						: 'It renews each month.'
			};
		case 'past_due':
		case 'unpaid':
			return {
				tone: 'attention',
				title: 'Payment overdue',
				detail: `We could not take the last payment. Calls are still being answered. Choose "Manage payment details" to update the card; Stripe then tries the payment again.`
			};
		case 'incomplete':
			return {
				tone: 'attention',
				title: 'Waiting for the first payment',
				detail: 'The first payment has not gone through yet. Choose "Manage payment details" to finish it.'
			};
		case 'paused':
			return { tone: 'neutral', title: 'Paused', detail: 'Payments are paused. Calls are still being answered.' };
		case 'canceled':
		case 'incomplete_expired':
			return { tone: 'neutral', title: 'Not subscribed', detail: `The earlier subscription has ended. Calls are still answered and counted; subscribe again to put ${organization.name} on a monthly plan.` };
		case 'none':
			return { tone: 'neutral', title: 'Not subscribed', detail: `${organization.name} has no subscription yet. Calls are answered and counted; subscribing puts them on a monthly plan.` };
	}
}

const INVOICE_STATUS: Record<string, string> = {
	paid: 'Paid',
	open: 'Waiting for payment',
	draft: 'Being prepared',
	void: 'Cancelled',
	uncollectible: 'Could not be collected'
};

export const invoiceStatus = (status: string): string => INVOICE_STATUS[status] ?? status.replace(/_/g, ' ');

const USAGE_OUTCOME: Record<string, string> = {
	reported: 'Billed with that month’s invoice',
	exempt: 'Not charged (demo organization)',
	nothing_used: 'Nothing used'
};

export const usageOutcome = (outcome: string): string => USAGE_OUTCOME[outcome] ?? outcome.replace(/_/g, ' ');
