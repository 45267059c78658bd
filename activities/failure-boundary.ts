import { ApplicationFailure, ApplicationFailureCategory } from '@temporalio/common';
import { ZodError } from 'zod';
import type { Logger } from '../config/logger.js';
import { isDataException } from '../db/postgres-errors.js';
import { AppError, type ErrorCode } from '../domain/app-error.js';

/** Refusals that no retry can change: the workflow must hear them at once, by their code. */
const PERMANENT: ReadonlySet<ErrorCode> = new Set(['invalid_input', 'not_found', 'conflict', 'slot_unavailable', 'forbidden']);

/**
 * A bug in our code, which a retry repeats exactly: fail at once, loudly, rather than retry for
 * minutes while a caller waits. A TypeError that carries a cause is the fetch API's network
 * failure, which a retry can cure; data Postgres refuses is refused again.
 */
export function isProgrammingError(error: unknown): boolean {
  if (error instanceof TypeError) return error.cause === undefined;
  return error instanceof RangeError || error instanceof ReferenceError || error instanceof SyntaxError || error instanceof ZodError || isDataException(error);
}

function toFailure(name: string, error: unknown, logger: Logger): unknown {
  if (error instanceof AppError && PERMANENT.has(error.code)) {
    // Benign: a caller asking for a taken time is business as usual, not a warning in the worker log.
    return ApplicationFailure.create({ message: error.message, type: error.code, nonRetryable: true, cause: error, category: ApplicationFailureCategory.BENIGN });
  }
  if (isProgrammingError(error)) {
    logger.error({ err: error, activity: name, alert: 'programming_error' }, 'activity failed on a bug; not retried');
    return ApplicationFailure.create({ message: `${name} failed: ${(error as Error).message}`, type: 'internal', nonRetryable: true, cause: error as Error });
  }
  return error;
}

/**
 * The activity edge of the one error type: an AppError with a business code becomes a
 * non-retryable ApplicationFailure whose `type` is the code, and so does a programming error (type
 * `internal`); anything else (a database or network outage) is retried by Temporal.
 */
export function withFailureBoundary<T extends Record<string, (...args: never[]) => Promise<unknown>>>(activities: T, logger: Logger): T {
  return Object.fromEntries(
    Object.entries(activities).map(([name, activity]) => [
      name,
      async (...args: never[]) => {
        try {
          return await activity(...args);
        } catch (error) {
          throw toFailure(name, error, logger);
        }
      },
    ]),
  ) as T;
}
