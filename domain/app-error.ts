/**
 * The one error type of the product. Layers throw it with a code; only the edges (HTTP handlers,
 * Temporal activity wrappers, CLIs) translate the code into a status, a failure type or an exit.
 */
export const ERROR_CODES = [
  'invalid_input',
  'invalid_config',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'slot_unavailable',
  'rate_limited',
  'dependency_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorIssue = { path: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[];
  /** For `rate_limited`: how long until the same request can succeed. */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, options: { issues?: ErrorIssue[]; cause?: unknown; retryAfterSeconds?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
