import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { AppError, type ErrorCode, type ErrorIssue } from '../domain/app-error.js';
import type { Logger } from '../config/logger.js';
import { logSafePath } from './middleware/log-safe-path.js';

/** The only place an error code becomes an HTTP status. */
const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  invalid_config: 500,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  slot_unavailable: 409,
  rate_limited: 429,
  dependency_unavailable: 503,
  internal: 500,
};

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');

export function errorBody(code: string, message: string, issues?: ErrorIssue[]) {
  return { error: { code, message, ...(issues && issues.length > 0 ? { issues } : {}) } };
}

export function issuesFromZod(error: z.ZodError): ErrorIssue[] {
  return error.issues.flatMap((issue) =>
    // An unknown field is named as the field itself, so a form can show it where it was typed.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path, key].join('.'), message: 'is not a field we know' }))
      : [{ path: issue.path.join('.') || '(body)', message: issue.message }],
  );
}

/** Zod validation failures of any route become one 400 that names each field. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target?: string },
  c: Context,
) {
  if (result.success) return;
  const issues = issuesFromZod(result.error);
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return c.json(errorBody('invalid_input', `Invalid request: ${summary}`, issues), 400);
}

export function createErrorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof AppError) {
      const status = STATUS_BY_CODE[error.code];
      if (status >= 500) logger.error({ err: error, path: logSafePath(c.req.path) }, error.message);
      if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
      return c.json(errorBody(error.code, error.message, error.issues), status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      // Hono's own refusals: malformed JSON, a missing or wrong content type.
      return c.json(errorBody('invalid_input', error.message || 'Invalid request'), error.status);
    }
    logger.error({ err: error, path: logSafePath(c.req.path) }, 'unhandled error');
    return c.json(errorBody('internal', 'Something went wrong on our side. It has been logged.'), 500);
  };
}
