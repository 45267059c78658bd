import { serve } from '@hono/node-server';
import { createOutboxEmailSender } from '../activities/email/outbox-email-sender.js';
import { createLogger } from '../config/logger.js';
import { createDatabase } from '../db/database.js';
// The offline agent is the voice of practice calls; the composition root is the one place that wires it.
import { createPracticeCalls } from '../simulation/practice-calls.js';
import { connectTemporalClient } from '../temporal/client.js';
import { orExitOnInvalidConfig } from '../config/load-config.js';
import { createApp } from './app.js';
import { billingFrom, loadApiConfig, oidcProvidersFrom, twilioFrom } from './config.js';

const config = loadApiConfig();
// Read before anything connects, so a bad plans file stops the API before it listens.
const billing = orExitOnInvalidConfig(() => billingFrom(config));
const logger = createLogger({ name: 'api', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
const db = createDatabase({ url: config.DATABASE_URL, onIdleError: (err) => logger.warn({ err }, 'idle database connection lost') });
const temporal = await connectTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });

const app = createApp({
  db,
  temporal,
  logger,
  email: createOutboxEmailSender(db),
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  allowedOrigins: [config.WEB_ORIGIN, `http://${config.API_HOST}:${config.API_PORT}`],
  webOrigin: config.WEB_ORIGIN,
  sessionTtlHours: config.SESSION_TTL_HOURS,
  inviteTtlHours: config.INVITE_TTL_HOURS,
  cookieSecure: config.COOKIE_SECURE,
  trustProxy: config.TRUST_PROXY,
  oidcProviders: oidcProvidersFrom(config),
  practiceCalls: createPracticeCalls({ temporal, taskQueue: config.TEMPORAL_TASK_QUEUE }),
  temporalUiUrl: config.TEMPORAL_UI_URL ?? null,
  temporalNamespace: config.TEMPORAL_NAMESPACE,
  billing,
  twilio: twilioFrom(config),
});

const server = serve({ fetch: app.fetch, hostname: config.API_HOST, port: config.API_PORT }, (info) => {
  logger.info({ url: `http://${config.API_HOST}:${info.port}` }, 'api listening');
});

async function shutdown(signal: string) {
  logger.info({ signal }, 'api shutting down');
  server.close();
  await temporal.connection.close();
  await db.destroy();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
