import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';

// While the caller is on the line an answer must come quickly or not at all: the agent then says
// so and offers a call back. Booking is the exception: once asked, it is seen through.
const RETRY = { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '5 seconds' } as const;

export const inCall = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  scheduleToCloseTimeout: '45 seconds',
  retry: RETRY,
});

export const extraction = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  scheduleToCloseTimeout: '2 minutes',
  retry: RETRY,
});

export const booking = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  retry: RETRY,
});

/** After the call nobody is waiting, and nothing may be lost: retried until it succeeds. */
export const afterCall = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { ...RETRY, maximumInterval: '1 minute' },
});
