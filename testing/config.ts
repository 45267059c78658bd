import { z } from 'zod';
import { loadConfig } from '../config/load-config.js';

/** Knobs of the test run itself; by default everything is started fresh on free ports. */
export const testConfig = loadConfig(
  z.object({
    LOG_LEVEL: z.string().default('warn'),
    TEST_DATA_DIR: z.string().optional(),
    TEST_DATABASE_URL: z.string().optional(),
    TEST_TEMPORAL_ADDRESS: z.string().optional(),
    TEMPORAL_CLI_PATH: z.string().optional(),
  }),
);
