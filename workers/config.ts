import { z } from 'zod';
import { logFields, openaiFields, temporalFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';

export const workerConfigSchema = z.object({
  ...logFields,
  ...temporalFields,
  ...openaiFields,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  TEMPORAL_ADDRESS: z.string().min(1),
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export const loadWorkerConfig = (): WorkerConfig => loadConfig(workerConfigSchema);
