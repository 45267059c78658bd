import { z } from 'zod';
import { logFields, toolsFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';

/** Knobs of the test run itself; by default everything is started fresh on free ports. */
export const testConfig = loadConfig(
  z.object({
    LOG_LEVEL: logFields.LOG_LEVEL.default('warn'),
    TEST_DATA_DIR: z.string().optional(),
    TEST_DATABASE_URL: z.string().optional(),
    TEST_TEMPORAL_ADDRESS: z.string().optional(),
    TEMPORAL_CLI_PATH: z.string().optional(),
    ...toolsFields,
    CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
    /** How many random tool calls the call-contract property test sends. */
    CONTRACT_ROUNDS: z.coerce.number().int().min(1).default(2000),
  }),
);
