import { API_URL } from '$app/env/private';

export interface WebConfig {
	/** Base URL of the API without a trailing slash. */
	apiUrl: string;
}

/** The web server's configuration; src/env.ts validates its form, this its presence. */
export function getConfig(): WebConfig {
	if (!API_URL) throw new Error('API_URL is not set. Set it to the base URL of the API, for example API_URL=http://127.0.0.1:3000');
	return { apiUrl: API_URL };
}
