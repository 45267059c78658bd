import type { Database } from '../db/database.js';
import { createHelloActivities } from './hello.js';

export type ActivityDeps = { db: Database };

/** Every activity the workers register, built from their dependencies. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createHelloActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
