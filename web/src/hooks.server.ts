import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { getConfig } from '#lib/server/config.ts';
import { proxyToApi } from '#lib/server/proxy.ts';

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

export const handleError: HandleServerError = (caught) => {
	if (caught.kind === 'framework' && caught.error.status === 404) return { message: 'This page does not exist.' };
	if (caught.kind === 'unknown') {
		// Log the error itself, never the request headers (cookies, tokens).
		console.error(`[web] ${caught.event.request.method} ${caught.event.url.pathname} failed:`, caught.error);
		return { status: 500, message: 'Something went wrong on our side. Please try again in a moment.' };
	}
	return undefined;
};
