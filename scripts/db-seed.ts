import { z } from 'zod';
import { dataFields, databaseFields, demoFields, logFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';
import { createLogger } from '../config/logger.js';
import { describeDatabase, withDatabase } from '../devstack/local-stack.js';
import { seedDemo } from '../devstack/seed-demo.js';

// Creates the demo organization and its owner (idempotent), so a developer can sign in to a
// database they migrated themselves; `npm start` does the same on every start.
const config = loadConfig(z.object({ ...logFields, ...dataFields, ...databaseFields, ...demoFields }));
const logger = createLogger({ name: 'db-seed', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
const target = describeDatabase(config);
const owner = { email: config.DEMO_OWNER_EMAIL, password: config.DEMO_OWNER_PASSWORD };
const UNDEFINED_TABLE = '42P01';

try {
  const tenant = await withDatabase(config, logger, (db) => seedDemo(db, owner));
  process.stdout.write(`Seeded ${target} with "${tenant.name}".\n  Sign in as  ${owner.email} / ${owner.password}\n`);
} catch (error) {
  const hint = (error as { code?: unknown }).code === UNDEFINED_TABLE ? ' Run `npm run db:migrate` first.' : '';
  process.stderr.write(`Could not seed ${target}: ${error instanceof Error ? error.message : String(error)}.${hint}\n`);
  process.exit(1);
}
