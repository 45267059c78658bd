import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { inject } from 'vitest';
import { buildActivityDeps } from '../activities/build-activity-deps.js';
import type { ActivityDeps } from '../activities/index.js';
import type { TwilioSmsConfig } from '../activities/sms/twilio-sms-sender.js';
import { createLogger } from '../config/logger.js';
import { createCallWorker } from '../workers/create-worker.js';
import { createTestDatabase } from './database.js';
import { startTimeSkipping } from './time-skipping.js';

// Worker chatter (lifecycle, business refusals logged as activity failures) drowns test output.
Runtime.install({ logger: new DefaultLogger('ERROR') });

/**
 * Real parts for workflow tests: a migrated database of the file's own, a client of the run's
 * Temporal server, and (unless `worker: false`) a worker with the real activities on a task queue
 * of its own. With `twilio`, its texts go through Twilio's Messages API (a fake's), as a deployed
 * worker's do; without, they stay in the outbox.
 */
export async function startWorkerHarness(options: { worker?: boolean; deps?: Partial<ActivityDeps>; timeSkipping?: boolean; twilio?: TwilioSmsConfig } = {}) {
  const logger = createLogger({ name: 'test', level: 'silent' });
  const database = await createTestDatabase();
  // A time-skipping server of the file's own: its clock jumps to the next timer whenever the
  // workflows are only waiting, so a ten-minute hold or a day-ahead reminder takes no real time.
  const timeSkipping = options.timeSkipping ? await startTimeSkipping(inject('temporalTestServerPath')) : null;
  const skipping = timeSkipping?.env ?? null;
  const address = skipping?.address ?? inject('temporalAddress');
  // The time-skipping environment brings its own client; the run's dev server needs one made.
  const connection = skipping ? null : await Connection.connect({ address });
  const temporal = skipping?.client ?? new Client({ connection: connection!, namespace: 'default' });
  const taskQueue = `test-${randomBytes(4).toString('hex')}`;
  const deps = { ...buildActivityDeps({ db: database.db, logger, openai: { apiKey: undefined, baseURL: undefined, model: 'none' }, twilio: options.twilio ?? null }), ...options.deps };
  const running =
    options.worker === false
      ? null
      : await createCallWorker({ address, namespace: 'default', taskQueue, deps, logger, workflowBundle: { code: inject('workflowBundleCode') } });
  const workerRun = running?.worker.run();
  return {
    db: database.db,
    databaseUrl: database.url,
    temporal,
    taskQueue,
    address,
    logger,
    /** The time-skipping server, when asked for: `sleep()` on it moves its clock, not ours. */
    skipping,
    async stop() {
      running?.worker.shutdown();
      await workerRun;
      await running?.connection.close();
      await connection?.close();
      await timeSkipping?.stop();
      await database.drop();
    },
  };
}
