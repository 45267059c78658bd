import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createInvoicingActivities, type InvoicingDeps } from '../activities/billing/invoicing.js';
import { withFailureBoundary } from '../activities/failure-boundary.js';
import type { Logger } from '../config/logger.js';
import { ensureInvoicingSchedule } from '../temporal/invoicing-schedule.js';
import { ensureSearchAttributes } from '../temporal/ensure-search-attributes.js';
import { heartbeatWhileRunning } from './heartbeat-while-running.js';

export const BILLING_WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/billing/index.ts', import.meta.url));

/**
 * The billing worker: the invoicing workflows and activities on their own task queue, so that a
 * Stripe outage or a long invoicing run never takes a slot a call needs, and the call worker
 * never holds the Stripe key. At start it registers the search attributes and the monthly
 * Schedule, idempotently, on whatever server it runs against.
 */
export async function createBillingWorker(options: {
  address: string;
  namespace: string;
  taskQueue: string;
  deps: InvoicingDeps;
  logger: Logger;
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Tests run their own queue without the shared Schedule. */
  registerSchedule?: boolean;
}): Promise<{ worker: Worker; connection: NativeConnection }> {
  const client = await Connection.connect({ address: options.address });
  try {
    const temporal = new Client({ connection: client, namespace: options.namespace });
    await ensureSearchAttributes(temporal, options.namespace);
    if (options.registerSchedule !== false) {
      const schedule = await ensureInvoicingSchedule(temporal, options.taskQueue);
      options.logger.info({ schedule }, 'monthly invoicing schedule registered');
    }
  } finally {
    await client.close();
  }
  const connection = await NativeConnection.connect({ address: options.address });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: withFailureBoundary(createInvoicingActivities(options.deps), options.logger),
    // A worker that dies mid-invoice is noticed by its silence within the heartbeat timeout, not after a minute.
    interceptors: { activity: [heartbeatWhileRunning] },
    ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: BILLING_WORKFLOWS_PATH }),
  });
  options.logger.info({ taskQueue: options.taskQueue }, 'billing worker ready');
  return { worker, connection };
}
