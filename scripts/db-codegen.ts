import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { dataFields, logFields } from '../config/env-fields.js';
import { inheritedEnvironment, loadConfig } from '../config/load-config.js';
import { createLogger } from '../config/logger.js';
import { createDatabase } from '../db/database.js';
import { startEmbeddedPostgres } from '../devstack/embedded-postgres.js';
import { migrateToLatest } from '../db/migrate.js';
import { freePort } from '../devstack/free-port.js';

// Database types are generated from a freshly migrated throwaway cluster, never from a dev database
// that may hold hand-made changes. `--verify` fails when the checked-in file has drifted.
const config = loadConfig(z.object({ ...dataFields, ...logFields }));
const logger = createLogger({ name: 'db-codegen', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
const verify = process.argv.includes('--verify');
const outFile = path.resolve('db/generated/database.ts');

const postgres = await startEmbeddedPostgres({
  dataDir: path.join(config.DATA_DIR, `codegen-postgres-${process.pid}`),
  port: await freePort(),
  logger,
  persistent: false,
});
let exitCode = 0;
try {
  const db = createDatabase({ url: postgres.url });
  await migrateToLatest(db);
  await db.destroy();
  const args = ['--dialect', 'postgres', '--date-parser', 'string', '--out-file', outFile, '--exclude-pattern', 'kysely_*', '--log-level', 'error'];
  if (verify) args.push('--verify');
  try {
    execFileSync(path.resolve('node_modules/.bin/kysely-codegen'), args, {
      env: inheritedEnvironment({ DATABASE_URL: postgres.url }),
      stdio: 'inherit',
    });
    logger.info({ outFile, verify }, verify ? 'database types match the migrations' : 'database types written');
  } catch {
    logger.error({ outFile }, 'database types are out of date: run `npm run db:codegen` and commit the result');
    exitCode = 1;
  }
} finally {
  await postgres.stop();
}
process.exit(exitCode);
