import { DefaultLogger, Runtime } from '@temporalio/worker';
import { buildActivityDeps } from '../activities/build-activity-deps.js';
import { createLogger } from '../config/logger.js';
import { createDatabase } from '../db/database.js';
import { loadWorkerConfig, twilioLineFrom, twilioSendingFrom } from './config.js';
import { createCallWorker } from './create-worker.js';

const config = loadWorkerConfig();
const logger = createLogger({ name: 'worker', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
// The runtime stops the worker gracefully on SIGINT/SIGTERM: running activities finish first.
Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: ['SIGINT', 'SIGTERM'] });

const db = createDatabase({ url: config.DATABASE_URL, onIdleError: (err) => logger.warn({ err }, 'idle database connection lost') });
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (stopping = true));
const started = await createCallWorker({
  address: config.TEMPORAL_ADDRESS,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  deps: buildActivityDeps({
    db,
    logger,
    openai: { apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, model: config.OPENAI_MODEL },
    webOrigin: config.WEB_ORIGIN,
    twilio: twilioSendingFrom(config),
    twilioLine: twilioLineFrom(config),
  }),
  logger,
}).catch(async (error: unknown) => {
  await db.destroy();
  // Asked to stop while still starting (Ctrl-C right after launch): nothing to clean up.
  if (stopping) process.exit(0);
  logger.fatal({ err: error }, 'worker could not start');
  process.exit(1);
});
const { worker, connection } = started;
if (stopping) {
  // The worker that was made holds the connection until it runs; exiting releases both.
  await db.destroy();
  process.exit(0);
}
logger.info({ extraction: config.OPENAI_API_KEY ? 'openai' : 'offline', texts: twilioSendingFrom(config) ? 'twilio' : 'outbox' }, 'worker starting');
await worker.run();
logger.info('worker stopped');
await connection.close();
await db.destroy();
