import { proxyActivities } from '@temporalio/workflow';
import type { InvoicingActivities } from '../../activities/billing/invoicing.js';

/** Reading a page of organizations: the database may blink; nothing else can go wrong. */
export const listing = proxyActivities<InvoicingActivities>({
  startToCloseTimeout: '30 seconds',
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 20 },
});

/**
 * One organization's usage to Stripe. A Stripe outage is retried for a quarter of a minute, then
 * the organization is reported as failed and the run goes on with the others; re-running the
 * period (the backfill command) picks it up, and adds nothing for the organizations already done.
 */
export const invoicing = proxyActivities<InvoicingActivities>({
  startToCloseTimeout: '1 minute',
  // The worker heartbeats for every running activity (workers/heartbeat-while-running.ts): a crashed
  // worker's invoice is retried on another within seconds.
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 5 },
});
