import { defineEnvVars } from '@sveltejs/kit/env';
import { z } from 'zod';

/**
 * The web server's own variables (HOST, PORT, ORIGIN, BODY_SIZE_LIMIT, ... are read by
 * @sveltejs/adapter-node itself). Messages never echo a value: a URL may carry credentials.
 * API_URL may be absent here because the build loads this file too; the server's init hook
 * refuses to start without it (#lib/server/config.ts).
 */
export const variables = defineEnvVars({
	API_URL: {
		description: 'Base URL of the API server, e.g. http://127.0.0.1:3000; every /api/* request is forwarded there.',
		schema: z
			.string({ error: 'API_URL must be a string' })
			.trim()
			.min(1, 'API_URL is empty. Set it to the base URL of the API, for example API_URL=http://127.0.0.1:3000')
			.pipe(
				z.url({
					protocol: /^https?$/,
					error: 'API_URL must be an http:// or https:// URL, for example http://127.0.0.1:3000'
				})
			)
			// Keep any path prefix; drop a trailing slash, query and fragment.
			.transform((value) => {
				const url = new URL(value);
				return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
			})
			.optional()
	}
});
