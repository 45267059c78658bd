import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { InvoicingActivities } from '../../activities/billing/invoicing.js';

/** Reading a page of organizations: the database may blink; nothing else can go wrong. */
export const listing = proxyActivities<InvoicingActivities>({
  startToCloseTimeout: '30 seconds',
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 20 },
});

/**
 * One organization's usage to Stripe, as a local activity: run by the worker that runs the
 * organization's workflow, recorded as one marker in its history instead of a task the server
 * dispatches, which is most of what invoicing 10,000 organizations asks of the server. A Stripe
 * outage is retried for a quarter of a minute, then the organization is reported as failed and
 * the run goes on with the others; re-running the period (the backfill command) picks it up, and
 * adds nothing for the organizations already done. A worker that dies mid-invoice: its workflow
 * task times out and another worker runs the activity again, idempotently.
 */
export const invoicing = proxyLocalActivities<InvoicingActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 5 },
});
