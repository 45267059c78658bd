import { z } from 'zod';
import { apiFields, logFields, temporalFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';

export const apiConfigSchema = z.object({
  ...logFields,
  ...apiFields,
  ...temporalFields,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  TEMPORAL_ADDRESS: z.string().min(1),
});
export type ApiConfig = z.infer<typeof apiConfigSchema>;

export const loadApiConfig = (): ApiConfig => loadConfig(apiConfigSchema);
