import { isAppError } from '../domain/app-error.js';

/**
 * What a person reads when the local stack cannot start: one sentence saying what happened and
 * what to do. Failures we foresaw carry that sentence; anything else is named with where to look.
 */
export function startFailureSentence(error: unknown): string {
  if (isAppError(error)) return error.message;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `The system could not start: ${message}. Run again with LOG_LEVEL=debug to see each step.`;
}
