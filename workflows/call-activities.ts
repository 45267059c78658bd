import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';

// While the caller is on the line an answer must come quickly or not at all: the agent then says
// so and offers a call back. Each start-to-close timeout is sized to what the activity needs (a few
// queries), so an attempt lost with a crashed worker is retried elsewhere within seconds. Every
// retry is bounded; programming errors are not retried at all (activities/failure-boundary.ts).
const RETRY = { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '5 seconds' } as const;

export const inCall = proxyActivities<Activities>({
  startToCloseTimeout: '3 seconds',
  scheduleToCloseTimeout: '20 seconds',
  retry: { ...RETRY, maximumAttempts: 8 },
});

/** A language model may take several seconds to read the call; the offline reader takes milliseconds. */
export const extraction = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  scheduleToCloseTimeout: '45 seconds',
  retry: { ...RETRY, maximumAttempts: 5 },
});

/** Once asked, a booking is seen through: longer than a caller would wait, but not forever. */
export const booking = proxyActivities<Activities>({
  startToCloseTimeout: '3 seconds',
  scheduleToCloseTimeout: '2 minutes',
  retry: { ...RETRY, maximumAttempts: 30 },
});

/**
 * After the call nobody is waiting, and nothing may be lost: retried for about an hour through a
 * database outage; a step that still fails is logged as an alert and the others go on.
 */
export const afterCall = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { ...RETRY, maximumInterval: '1 minute', maximumAttempts: 60 },
});
