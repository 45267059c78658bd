import { z } from 'zod';
import { dataFields, databaseFields, logFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';
import { createLogger } from '../config/logger.js';
import { migrateToLatest } from '../db/migrate.js';
import { describeDatabase, withDatabase } from '../devstack/local-stack.js';

// Brings the database at DATABASE_URL (or the embedded one under DATA_DIR) to the newest migration.
// docker-compose runs this once before the api and the worker start, so failure must exit non-zero.
const config = loadConfig(z.object({ ...logFields, ...dataFields, ...databaseFields }));
const logger = createLogger({ name: 'db-migrate', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
const target = describeDatabase(config);

try {
  const applied = await withDatabase(config, logger, migrateToLatest);
  process.stdout.write(
    applied.length === 0
      ? `Nothing to migrate: ${target} is up to date.\n`
      : `Migrated ${target}:\n${applied.map((name) => `  ✔ ${name}\n`).join('')}`,
  );
} catch (error) {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  process.stderr.write(`Could not migrate ${target}: ${error instanceof Error ? error.message : String(error)}${cause}\n`);
  process.exit(1);
}
