import type { Cookies } from '@sveltejs/kit';
import { z } from 'zod';
import type { BillingNotice } from '#lib/api/types.ts';

/**
 * Helpers for server `load` functions and form actions. They always call the
 * API through SvelteKit's `event.fetch('/api/...')`, which goes through the
 * proxy in hooks.server.ts and carries the visitor's cookies.
 */

type Fetch = typeof fetch;

const Id = z.union([z.string(), z.number()]).transform(String);

/** Body of `GET /api/auth/session` and `POST /api/auth/login`. Unknown fields are dropped. */
export const SessionSchema = z.object({
	user: z.object({ id: Id, email: z.string(), name: z.string() }),
	organization: z.object({ id: Id, name: z.string(), slug: z.string(), timeZone: z.string() }),
	role: z.enum(['owner', 'admin', 'staff', 'read_only']),
	csrfToken: z.string().min(1),
	/** Whether a payment has failed: every page says so. Absent from answers that only sign in. */
	billing: (z.object({ paymentProblem: z.boolean() }) satisfies z.ZodType<BillingNotice>).optional()
});
export type Session = z.infer<typeof SessionSchema>;

export type SessionResult =
	| { kind: 'signed-in'; session: Session }
	| { kind: 'signed-out' }
	| { kind: 'unavailable'; status: number };

export async function getSession(fetch: Fetch): Promise<SessionResult> {
	let response: Response;
	try {
		response = await fetch('/api/auth/session', { headers: { accept: 'application/json' } });
	} catch {
		return { kind: 'unavailable', status: 502 };
	}
	if (response.status === 401) return { kind: 'signed-out' };
	if (!response.ok) return { kind: 'unavailable', status: response.status };

	const parsed = SessionSchema.safeParse(await response.json().catch(() => null));
	if (!parsed.success) {
		console.error('[web] GET /api/auth/session returned an unexpected body shape');
		return { kind: 'unavailable', status: 502 };
	}
	return { kind: 'signed-in', session: parsed.data };
}

/** A state-changing JSON request: always sends content-type and (when known) the CSRF token. */
export function postJson(fetch: Fetch, path: string, body: unknown, csrfToken?: string): Promise<Response> {
	const headers: Record<string, string> = {
		accept: 'application/json',
		'content-type': 'application/json'
	};
	if (csrfToken) headers['x-csrf-token'] = csrfToken;
	return fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
}

interface ParsedSetCookie {
	name: string;
	value: string;
	path?: string;
	domain?: string;
	maxAge?: number;
	expires?: Date;
	secure: boolean;
	sameSite?: 'strict' | 'lax' | 'none';
}

/** Parses one Set-Cookie header value. Returns null when it has no name. */
export function parseSetCookie(header: string): ParsedSetCookie | null {
	const [pair = '', ...attributes] = header.split(';');
	const eq = pair.indexOf('=');
	if (eq <= 0) return null;
	const cookie: ParsedSetCookie = {
		name: pair.slice(0, eq).trim(),
		value: pair.slice(eq + 1).trim(),
		secure: false
	};
	for (const attribute of attributes) {
		const index = attribute.indexOf('=');
		const key = (index === -1 ? attribute : attribute.slice(0, index)).trim().toLowerCase();
		const value = index === -1 ? '' : attribute.slice(index + 1).trim();
		switch (key) {
			case 'path':
				if (value.startsWith('/')) cookie.path = value;
				break;
			case 'domain':
				if (value) cookie.domain = value;
				break;
			case 'max-age': {
				const seconds = Number(value);
				if (Number.isInteger(seconds)) cookie.maxAge = seconds;
				break;
			}
			case 'expires': {
				const date = new Date(value);
				if (!Number.isNaN(date.getTime())) cookie.expires = date;
				break;
			}
			case 'secure':
				cookie.secure = true;
				break;
			case 'samesite': {
				const sameSite = value.toLowerCase();
				if (sameSite === 'strict' || sameSite === 'lax' || sameSite === 'none') cookie.sameSite = sameSite;
				break;
			}
		}
	}
	return cookie;
}

/**
 * Copies the API's Set-Cookie headers (e.g. the session cookie) to the
 * browser's response. The cookie stays HttpOnly and at least SameSite=Lax;
 * it is Secure when the API asked for it or the site is served over https.
 */
export function forwardSetCookies(response: Response, cookies: Cookies, url: URL): void {
	for (const header of response.headers.getSetCookie()) {
		const cookie = parseSetCookie(header);
		if (!cookie) continue;
		cookies.set(cookie.name, cookie.value, {
			path: cookie.path ?? '/',
			domain: cookie.domain,
			maxAge: cookie.maxAge,
			expires: cookie.expires,
			httpOnly: true,
			sameSite: cookie.sameSite === 'strict' ? 'strict' : 'lax',
			secure: cookie.secure || url.protocol === 'https:',
			// The value is already encoded by the API; pass it through unchanged.
			encode: (value) => value
		});
	}
}
