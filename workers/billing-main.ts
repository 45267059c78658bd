import { DefaultLogger, Runtime } from '@temporalio/worker';
import { createStripeClient } from '../billing/stripe-client.js';
import { loadBillingPlans } from '../config/billing-plans.js';
import { orExitOnInvalidConfig } from '../config/load-config.js';
import { createLogger } from '../config/logger.js';
import { createDatabase } from '../db/database.js';
import { loadBillingWorkerConfig } from './billing-config.js';
import { createBillingWorker } from './create-billing-worker.js';

const config = loadBillingWorkerConfig();
const logger = createLogger({ name: 'billing-worker', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: ['SIGINT', 'SIGTERM'] });

const plans = orExitOnInvalidConfig(() => loadBillingPlans(config));
const stripe = createStripeClient(config);
if (!stripe) throw new Error('unreachable: the configuration requires STRIPE_SECRET_KEY');
const db = createDatabase({ url: config.DATABASE_URL, maxConnections: 5, onIdleError: (err) => logger.warn({ err }, 'idle database connection lost') });
const { worker, connection } = await createBillingWorker({
  address: config.TEMPORAL_ADDRESS,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_BILLING_TASK_QUEUE,
  deps: { db, stripe, rates: plans.rates, currency: plans.active.currency, logger },
  logger,
}).catch(async (error: unknown) => {
  await db.destroy();
  logger.fatal({ err: error }, 'billing worker could not start');
  process.exit(1);
});
logger.info({ plan: plans.active.key, stripe: config.STRIPE_API_BASE ?? 'api.stripe.com' }, 'billing worker starting');
await worker.run();
logger.info('billing worker stopped');
await connection.close();
await db.destroy();
