import { createLogger, redactUrl } from '../config/logger.js';
import { assertSupportedNode } from '../devstack/node-version.js';
import { acquireInstanceLock, type InstanceLock } from '../devstack/instance-lock.js';
import { startFailureSentence } from '../devstack/start-failure.js';
import { loadSystemConfig } from '../devstack/system-config.js';
import { startSystem, type RunningSystem } from '../devstack/system.js';

const started = performance.now();
const config = loadSystemConfig();
const logger = createLogger({ name: 'start', level: config.LOG_LEVEL, format: config.LOG_FORMAT });

let lock: InstanceLock | null = null;
let system: RunningSystem;
try {
  assertSupportedNode();
  lock = acquireInstanceLock(config.DATA_DIR);
  system = await startSystem(config, logger, { persistent: true });
} catch (error) {
  // startSystem has already stopped whatever it started; what is left is to say why, once.
  logger.debug({ err: error }, 'start failed');
  lock?.release();
  process.stderr.write(`\n${startFailureSentence(error)}\n`);
  process.exit(1);
}
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
    ...(system.relocatedPostgresData ? [`                (data in ${system.relocatedPostgresData}: the postgres user cannot enter this folder)`] : []),
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
  lock?.release();
  process.stdout.write('Stopped.\n');
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal));
