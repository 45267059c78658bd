import { z } from 'zod';
import { DEFAULT_WEB_ORIGIN, logFields, openaiFields, temporalFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';

export const workerConfigSchema = z.object({
  ...logFields,
  ...temporalFields,
  ...openaiFields,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  TEMPORAL_ADDRESS: z.string().min(1),
  /** The staff UI, which the links in pages to the director on call open. */
  WEB_ORIGIN: z.url().default(DEFAULT_WEB_ORIGIN),
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export const loadWorkerConfig = (): WorkerConfig => loadConfig(workerConfigSchema);
