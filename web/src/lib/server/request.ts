import { error, redirect } from '@sveltejs/kit';
import { getSession } from './api.ts';

type Fetch = typeof fetch;

export const UNAVAILABLE = 'We cannot reach the service right now. Please try again in a minute.';

/**
 * Reads a JSON resource from the API in a server `load`. A signed-out visitor goes to the sign-in
 * page; a missing resource is this site's 404; anything else is an honest "try again".
 */
export async function readApi<T>(fetch: Fetch, path: string): Promise<T> {
	let response: Response;
	try {
		response = await fetch(path, { headers: { accept: 'application/json' } });
	} catch {
		error(503, UNAVAILABLE);
	}
	if (response.status === 401) redirect(303, '/login');
	if (response.status === 404) error(404, 'We could not find that. It may have been merged or removed.');
	if (response.status === 403) error(403, 'Your role does not allow this. Ask an owner of your organization.');
	if (!response.ok) error(response.status >= 500 ? 503 : response.status, UNAVAILABLE);
	return (await response.json()) as T;
}

export type ApiIssue = { path: string; message: string };
export type SendResult<T> = { ok: true; status: number; body: T } | { ok: false; status: number; message: string; issues: ApiIssue[] };

/** A state-changing request from a form action, with the session's CSRF token. */
export async function sendApi<T = unknown>(fetch: Fetch, method: string, path: string, body: unknown, csrfToken: string): Promise<SendResult<T>> {
	let response: Response;
	try {
		response = await fetch(path, {
			method,
			headers: { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': csrfToken },
			body: JSON.stringify(body ?? {})
		});
	} catch {
		return { ok: false, status: 503, message: UNAVAILABLE, issues: [] };
	}
	if (response.status === 401) redirect(303, '/login');
	if (response.ok) {
		const text = await response.text();
		return { ok: true, status: response.status, body: (text ? JSON.parse(text) : null) as T };
	}
	const parsed = (await response.json().catch(() => null)) as { error?: { message?: string; issues?: ApiIssue[] } } | null;
	return {
		ok: false,
		status: response.status,
		message: parsed?.error?.message ?? UNAVAILABLE,
		issues: parsed?.error?.issues ?? []
	};
}

/** The session's CSRF token for an action's request; a signed-out visitor goes to sign in. */
export async function csrfTokenOf(fetch: Fetch): Promise<string> {
	const result = await getSession(fetch);
	if (result.kind === 'signed-out') redirect(303, '/login');
	if (result.kind === 'unavailable') error(503, UNAVAILABLE);
	return result.session.csrfToken;
}
