import { z } from 'zod';
import {
  apiFields,
  dataFields,
  databaseFields,
  demoFields,
  logFields,
  stripeFields,
  temporalFields,
  webFields,
} from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';

/** Configuration of the launcher (`npm start`, `npm run call`, tests): everything it may start. */
export const systemConfigSchema = z.object({
  ...logFields,
  ...dataFields,
  ...databaseFields,
  ...temporalFields,
  ...apiFields,
  ...webFields,
  ...demoFields,
  ...stripeFields,
});
export type SystemConfig = z.infer<typeof systemConfigSchema>;

export const loadSystemConfig = (): SystemConfig => loadConfig(systemConfigSchema);
