/** The API's error body: `{ "error": { "code", "message", "issues"? } }`. Safe to use in the browser. */
export interface ApiError {
	code: string;
	message: string;
	issues?: { path: string; message: string }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

/** Reads an API error body; returns null when the body is not the documented error shape. */
export async function readApiError(response: Response): Promise<ApiError | null> {
	let body: unknown;
	try {
		body = await response.json();
	} catch {
		return null;
	}
	if (!isRecord(body) || !isRecord(body.error)) return null;
	const { code, message, issues } = body.error;
	if (typeof code !== 'string') return null;
	const result: ApiError = { code, message: typeof message === 'string' ? message : '' };
	if (Array.isArray(issues)) {
		result.issues = issues.filter(isRecord).map((issue) => ({
			path: Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path ?? ''),
			message: String(issue.message ?? '')
		}));
	}
	return result;
}
