import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';

/**
 * What an update answers when an activity could not do its part: the business refusal by its code
 * (`slot_unavailable`, `conflict`…) or, when a dependency stayed down, `dependency_unavailable`.
 * Either way the update fails and the call goes on.
 */
export function refusal(error: unknown): never {
  if (!(error instanceof ActivityFailure)) throw error;
  const cause = error.cause;
  if (cause instanceof ApplicationFailure && cause.nonRetryable) {
    throw ApplicationFailure.create({ message: cause.message, type: cause.type ?? 'internal', nonRetryable: true });
  }
  throw ApplicationFailure.create({ message: 'The calendar is not answering right now.', type: 'dependency_unavailable', nonRetryable: true });
}
