import { ApplicationFailure, ApplicationFailureCategory } from '@temporalio/common';
import { AppError, type ErrorCode } from '../domain/app-error.js';

/** Refusals that no retry can change: the workflow must hear them at once, by their code. */
const PERMANENT: ReadonlySet<ErrorCode> = new Set(['invalid_input', 'not_found', 'conflict', 'slot_unavailable', 'forbidden']);

function toFailure(error: unknown): unknown {
  if (error instanceof AppError && PERMANENT.has(error.code)) {
    // Benign: a caller asking for a taken time is business as usual, not a warning in the worker log.
    return ApplicationFailure.create({ message: error.message, type: error.code, nonRetryable: true, cause: error, category: ApplicationFailureCategory.BENIGN });
  }
  return error;
}

/**
 * The activity edge of the one error type: an AppError with a business code becomes a
 * non-retryable ApplicationFailure whose `type` is the code; anything else is retried by Temporal.
 */
export function withFailureBoundary<T extends Record<string, (...args: never[]) => Promise<unknown>>>(activities: T): T {
  return Object.fromEntries(
    Object.entries(activities).map(([name, activity]) => [
      name,
      async (...args: never[]) => {
        try {
          return await activity(...args);
        } catch (error) {
          throw toFailure(error);
        }
      },
    ]),
  ) as T;
}
