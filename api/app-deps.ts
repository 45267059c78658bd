import type { Client } from '@temporalio/client';
import type { Logger } from '../config/logger.js';
import type { Database } from '../db/database.js';

/** What the HTTP layer needs from the outside world; tests build it from real parts. */
export type AppDeps = {
  db: Database;
  temporal: Client;
  logger: Logger;
  taskQueue: string;
  allowedOrigins: string[];
  sessionTtlHours: number;
  cookieSecure: boolean;
};
