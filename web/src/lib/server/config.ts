import { env } from '$env/dynamic/private';
import { z } from 'zod';

/**
 * The only place in the web server that reads environment variables.
 *
 * API_URL  Base URL of the API server, e.g. http://127.0.0.1:3000. Every
 *          request to /api/* is forwarded there unchanged.
 *
 * (HOST, PORT, ORIGIN, BODY_SIZE_LIMIT, ... are read by @sveltejs/adapter-node itself.)
 */
const EnvSchema = z.object({
	API_URL: z
		.string({
			error: (issue) =>
				issue.input === undefined
					? 'API_URL is not set. Set it to the base URL of the API, for example API_URL=http://127.0.0.1:3000'
					: 'API_URL must be a string'
		})
		.trim()
		.min(1, 'API_URL is empty. Set it to the base URL of the API, for example API_URL=http://127.0.0.1:3000')
		.pipe(
			z.url({
				protocol: /^https?$/,
				error: 'API_URL must be an http:// or https:// URL, for example http://127.0.0.1:3000'
			})
		)
		.transform((value) => {
			const url = new URL(value);
			// Keep any path prefix, drop a trailing slash, query and fragment.
			return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
		})
});

export interface WebConfig {
	/** Base URL of the API without a trailing slash. */
	apiUrl: string;
}

let cached: WebConfig | undefined;

/** Reads and validates the configuration once; throws a readable error when it is invalid. */
export function getConfig(): WebConfig {
	if (cached) return cached;
	const parsed = EnvSchema.safeParse({ API_URL: env.API_URL });
	if (!parsed.success) {
		// Never echo the values themselves: a URL may contain credentials.
		const lines = parsed.error.issues.map((issue) => `  - ${issue.message}`);
		throw new Error(`Invalid web server configuration:\n${lines.join('\n')}`);
	}
	cached = { apiUrl: parsed.data.API_URL };
	return cached;
}
