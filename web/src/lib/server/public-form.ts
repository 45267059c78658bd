import { readApiError, type ApiError } from '#lib/api/errors.ts';
import { getSession, postJson } from './api.ts';

type Fetch = typeof fetch;

export type PublicResult = { status: number; response: Response | null; error: ApiError | null };

/**
 * Sends the form of a page anyone may open (an emailed link, "forgot your password"). The visitor
 * may still be signed in, even as someone else, and then the API wants that session's CSRF token.
 * `response` is null when the API cannot be reached (status 503).
 */
export async function postPublic(fetch: Fetch, path: string, body: unknown): Promise<PublicResult> {
	const session = await getSession(fetch);
	let response: Response;
	try {
		response = await postJson(fetch, path, body, session.kind === 'signed-in' ? session.session.csrfToken : undefined);
	} catch {
		return { status: 503, response: null, error: null };
	}
	return { status: response.status, response, error: response.ok ? null : await readApiError(response) };
}

/** Whether the API named this field as wrong. */
export const namesField = (error: ApiError | null, field: string): boolean => Boolean(error?.issues?.some((issue) => issue.path === field));

/**
 * Why an emailed link cannot be used, or null when that is not the trouble: the API says why for
 * a link it knows (expired, withdrawn, used), and a half-copied link is refused before it looks.
 */
export function linkProblem(status: number, error: ApiError | null): string | null {
	if (status === 404) return error?.message || 'This link no longer works. Please ask for a new one.';
	if (status === 400 && namesField(error, 'token')) return 'This link is not complete. Check that you copied all of it from the email, or ask for a new one.';
	return null;
}
