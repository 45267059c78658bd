import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { getConfig } from '$lib/server/config';
import { proxyToApi } from '$lib/server/proxy';

/** Fail at startup (not on the first request) when the configuration is missing or invalid. */
export const init: ServerInit = () => {
	getConfig();
};

export const handle: Handle = async ({ event, resolve }) => {
	if (event.url.pathname.startsWith('/api/')) {
		return proxyToApi(event);
	}

	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	response.headers.set('x-frame-options', 'DENY');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status !== 404) {
		// Log the error itself, never the request headers (cookies, tokens).
		console.error(`[web] ${event.request.method} ${event.url.pathname} failed (${status}):`, error);
	}
	if (status === 404) return { message: 'This page does not exist.' };
	if (status >= 500) return { message: 'Something went wrong on our side. Please try again in a moment.' };
	return { message };
};
