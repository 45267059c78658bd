import type { RequestEvent } from '@sveltejs/kit';
import { getConfig } from './config';

/**
 * How long to wait for the API to start answering. Only the wait for the response's head is
 * bounded: a live stream (a call's events) goes on for as long as the browser keeps it open.
 */
const UPSTREAM_TIMEOUT_MS = 30_000;

/**
 * Request headers that must not be forwarded: hop-by-hop headers, headers the
 * HTTP client computes itself, and forwarding headers we set ourselves (so a
 * browser cannot spoof them).
 */
const DROP_REQUEST_HEADERS = new Set([
	'connection',
	'keep-alive',
	'proxy-authenticate',
	'proxy-authorization',
	'proxy-connection',
	'te',
	'trailer',
	'transfer-encoding',
	'upgrade',
	'expect',
	'host',
	'content-length',
	'accept-encoding',
	'forwarded',
	'x-forwarded-for',
	'x-forwarded-host',
	'x-forwarded-proto',
	'x-real-ip'
]);

/**
 * Response headers that must not be copied back. `fetch` already decoded the
 * body, so the encoding/length headers would be wrong. Set-Cookie is copied
 * separately so that multiple cookies survive.
 */
const DROP_RESPONSE_HEADERS = new Set([
	'connection',
	'keep-alive',
	'proxy-authenticate',
	'proxy-connection',
	'te',
	'trailer',
	'transfer-encoding',
	'upgrade',
	'content-encoding',
	'content-length',
	'set-cookie'
]);

function jsonError(status: number, code: string, message: string): Response {
	return new Response(JSON.stringify({ error: { code, message } }), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
	});
}

function clientAddress(event: RequestEvent): string | undefined {
	try {
		return event.getClientAddress();
	} catch {
		return undefined;
	}
}

/**
 * Forwards a request under /api/ to the API server unchanged (method, path,
 * query, body and headers such as cookie and x-csrf-token) and returns the
 * API's status, body and headers (including every Set-Cookie).
 *
 * Nothing about the request is logged except method and path: cookies, tokens
 * and bodies never reach the logs.
 */
export async function proxyToApi(event: RequestEvent): Promise<Response> {
	const { apiUrl } = getConfig();
	const { request, url } = event;
	const target = `${apiUrl}${url.pathname}${url.search}`;

	const connectionTokens = (request.headers.get('connection') ?? '')
		.split(',')
		.map((token) => token.trim().toLowerCase())
		.filter(Boolean);

	const headers = new Headers();
	for (const [name, value] of request.headers) {
		if (DROP_REQUEST_HEADERS.has(name) || connectionTokens.includes(name)) continue;
		// SvelteKit's server-side fetch copies a missing accept-language as the string "null".
		if (name === 'accept-language' && value === 'null') continue;
		headers.set(name, value);
	}
	const address = clientAddress(event);
	if (address) headers.set('x-forwarded-for', address);
	headers.set('x-forwarded-host', url.host);
	headers.set('x-forwarded-proto', url.protocol.replace(/:$/, ''));

	const hasBody = request.method !== 'GET' && request.method !== 'HEAD';

	// Aborted when the API is too slow to answer, or when the browser goes away (a closed tab ends
	// its stream upstream too).
	const abort = new AbortController();
	const headTimer = setTimeout(() => abort.abort(new DOMException('upstream timeout', 'TimeoutError')), UPSTREAM_TIMEOUT_MS);
	request.signal.addEventListener('abort', () => abort.abort(), { once: true });

	let upstream: Response;
	try {
		upstream = await fetch(target, {
			method: request.method,
			headers,
			body: hasBody ? await request.arrayBuffer() : undefined,
			redirect: 'manual',
			signal: abort.signal
		});
	} catch (error) {
		const name = error instanceof Error ? error.name : 'Error';
		const timedOut = name === 'TimeoutError' || name === 'AbortError';
		console.error(
			`[api-proxy] ${request.method} ${url.pathname} failed: ${timedOut ? 'timed out' : 'API unreachable'} (${name})`
		);
		return timedOut
			? jsonError(504, 'upstream_timeout', 'The service took too long to answer. Please try again.')
			: jsonError(502, 'upstream_unavailable', 'The service is not reachable right now. Please try again in a minute.');
	} finally {
		clearTimeout(headTimer);
	}

	const responseHeaders = new Headers();
	for (const [name, value] of upstream.headers) {
		if (DROP_RESPONSE_HEADERS.has(name)) continue;
		responseHeaders.set(name, value);
	}
	for (const cookie of upstream.headers.getSetCookie()) {
		responseHeaders.append('set-cookie', cookie);
	}

	const nullBody =
		request.method === 'HEAD' || upstream.status === 204 || upstream.status === 205 || upstream.status === 304;

	return new Response(nullBody ? null : upstream.body, {
		status: upstream.status,
		statusText: upstream.statusText,
		headers: responseHeaders
	});
}
