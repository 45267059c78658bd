import { APIError } from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/error';
import { z } from 'zod';

/** The model answered, but not with caller details we can store: asking again with the same transcript will not help. */
export class OpenAiReplyError extends Error {
  override readonly name = 'OpenAiReplyError';
}

// The statuses OpenAI's own SDK retries: a timeout, a lock conflict, rate limiting and server faults.
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * True when retrying cannot succeed (bad request, bad key, no permission, refusal, unusable reply),
 * so the activity should fail for good. Network failures, timeouts, 429 and 5xx are worth a retry.
 */
export function isPermanentOpenAiError(error: unknown): boolean {
  if (error instanceof OpenAiReplyError) return true;
  // Connection failures and timeouts are APIErrors without a status.
  if (error instanceof APIError) return error.status !== undefined && !isRetryableStatus(error.status);
  return false;
}

/** Errors the SDK throws while reading the reply itself, as one permanent kind. */
export function asReplyError(error: unknown): unknown {
  if (error instanceof z.ZodError || error instanceof SyntaxError) {
    return new OpenAiReplyError(`OpenAI reply is not valid caller details: ${error.message}`, { cause: error });
  }
  if (error instanceof LengthFinishReasonError || error instanceof ContentFilterFinishReasonError) {
    return new OpenAiReplyError(`OpenAI reply was cut short: ${error.message}`, { cause: error });
  }
  return error;
}
