import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';

// While the caller is on the line an answer must come quickly or not at all: the agent then says
// so and offers a call back. Every in-call activity heartbeats while it runs (the worker's
// interceptor does it), so an attempt lost with a crashed worker is noticed by its heartbeat
// timeout and retried on another worker within about a second; the start-to-close
// timeout only bounds an attempt that is alive but stuck (a lock, a slow model). Every retry is
// bounded; programming errors are not retried at all (activities/failure-boundary.ts).
const RETRY = { initialInterval: '100 milliseconds', backoffCoefficient: 2, maximumInterval: '5 seconds' } as const;
const HEARTBEAT_TIMEOUT = '1 second';

export const inCall = proxyActivities<Activities>({
  startToCloseTimeout: '5 seconds',
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  scheduleToCloseTimeout: '20 seconds',
  retry: { ...RETRY, maximumAttempts: 8 },
});

/** A language model may take several seconds to read the call; the offline reader takes milliseconds. */
export const extraction = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  scheduleToCloseTimeout: '45 seconds',
  retry: { ...RETRY, maximumAttempts: 5 },
});

/** Once asked, a booking is seen through: longer than a caller would wait, but not forever. */
export const booking = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  scheduleToCloseTimeout: '2 minutes',
  retry: { ...RETRY, maximumAttempts: 30 },
});

/**
 * After the call nobody is waiting, and nothing may be lost: retried for about an hour through a
 * database outage; a step that still fails is logged as an alert and the others go on.
 */
export const afterCall = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  // end_call answers once these have run, so a crashed worker is noticed here as quickly too.
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  retry: { ...RETRY, maximumInterval: '1 minute', maximumAttempts: 60 },
});
