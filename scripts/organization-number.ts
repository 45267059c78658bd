import { parseArgs } from 'node:util';
import { z } from 'zod';
import { dataFields, databaseFields, logFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';
import { createLogger } from '../config/logger.js';
import { assignOrganizationNumber } from '../db/queries/texts-in.js';
import { DEFAULT_PHONE_COUNTRY } from '../domain/contacts/contact-record.js';
import { toE164 } from '../domain/extraction/phone.js';
import { withDatabase } from '../devstack/local-stack.js';

// `npm run organization:number -- <slug> <number> --by "<your name>"`: an operator gives an
// organization the Twilio number its families call and text, so texts to it reach that organization.

const USAGE = 'Usage: npm run organization:number -- <organization slug> <phone number, e.g. +13125550100> --by "<your name>"';
const config = loadConfig(z.object({ ...logFields, ...dataFields, ...databaseFields }));
const logger = createLogger({ name: 'organization-number', level: config.LOG_LEVEL, format: config.LOG_FORMAT });

const { values, positionals } = parseArgs({ allowPositionals: true, options: { by: { type: 'string' } } });
const [slug, number] = positionals;
const phone = number ? toE164(number, DEFAULT_PHONE_COUNTRY) : null;
if (!slug || !phone || !values.by?.trim()) {
  process.stderr.write(`${number && !phone ? `${number} is not a phone number we can use.\n` : ''}${USAGE}\n`);
  process.exit(64);
}

try {
  const change = await withDatabase(config, logger, (db) => assignOrganizationNumber(db, { slug, phone, actor: values.by!.trim() }));
  process.stdout.write(`${phone} ${change.changed ? 'is now' : 'was already'} a number of ${change.name}.\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
