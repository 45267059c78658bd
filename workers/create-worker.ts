import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { Logger } from '../config/logger.js';
import { createActivities, type ActivityDeps } from '../activities/index.js';
import { ensureSearchAttributes } from '../temporal/ensure-search-attributes.js';
import { HEARTBEAT_EVERY_MS, heartbeatWhileRunning } from './heartbeat-while-running.js';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

/**
 * The call worker: every workflow and activity on one task queue. Tests pass a prebuilt
 * `workflowBundle` so the workflows are bundled once per run, not once per worker.
 */
export async function createCallWorker(options: {
  address: string;
  namespace: string;
  taskQueue: string;
  deps: ActivityDeps;
  logger: Logger;
  workflowBundle?: WorkerOptions['workflowBundle'];
}): Promise<{ worker: Worker; connection: NativeConnection }> {
  await registerSearchAttributes(options.address, options.namespace);
  const connection = await NativeConnection.connect({ address: options.address });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: createActivities(options.deps),
    // A call's next workflow task waits on this worker's own queue first; if the worker has died it
    // moves to the shared queue after this long, which is all a caller hears of the crash.
    stickyQueueScheduleToStartTimeout: '500 milliseconds',
    interceptors: { activity: [heartbeatWhileRunning] },
    // Heartbeats reach the server as often as activities send them, not at 80% of their timeout.
    maxHeartbeatThrottleInterval: HEARTBEAT_EVERY_MS,
    ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
  });
  options.logger.info({ taskQueue: options.taskQueue }, 'worker ready');
  return { worker, connection };
}

/** Calls are started with our search attributes, which a server must know first; any server. */
async function registerSearchAttributes(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    await ensureSearchAttributes(new Client({ connection, namespace }), namespace);
  } finally {
    await connection.close();
  }
}
