import { parseArgs } from 'node:util';
import { z } from 'zod';
import { dataFields, databaseFields, logFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';
import { createLogger } from '../config/logger.js';
import { setDemoExemption } from '../db/queries/demo-exemption.js';
import { withDatabase } from '../devstack/local-stack.js';

// `npm run organization:demo -- <slug> on|off --by "<your name>" --reason "<why>"`: an operator
// marks an organization as a demo (never charged, its usage still counted) or as paying. Audited.

const USAGE = 'Usage: npm run organization:demo -- <organization slug> on|off --by "<your name>" --reason "<why>"';
const config = loadConfig(z.object({ ...logFields, ...dataFields, ...databaseFields }));
const logger = createLogger({ name: 'organization-demo', level: config.LOG_LEVEL, format: config.LOG_FORMAT });

const { values, positionals } = parseArgs({ allowPositionals: true, options: { by: { type: 'string' }, reason: { type: 'string' } } });
const [slug, setting] = positionals;
if (!slug || (setting !== 'on' && setting !== 'off') || !values.by?.trim() || !values.reason?.trim()) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(64);
}

try {
  const change = await withDatabase(config, logger, (db) => setDemoExemption(db, { slug, isDemo: setting === 'on', actor: values.by!.trim(), reason: values.reason!.trim() }));
  const standing = change.isDemo ? 'a demo organization: exempt from charges, usage still counted' : 'a paying organization';
  process.stdout.write(`${change.name} ${change.changed ? 'is now' : 'was already'} ${standing}.\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
