import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where call scenarios live: ours, in the repository, and the shared acceptance set beside it when
 * this checkout has one (a clean clone elsewhere may not).
 */
export const OWN_SCENARIOS = path.resolve(import.meta.dirname, 'calls');
export const SHARED_SCENARIOS = path.resolve(import.meta.dirname, '../../shared/calls');

/** First calls, prices and questions sit in a folder of their own in each set. */
const FIRST_CALLS = 'first-calls';

export function scenarioDirs(): string[] {
  return [OWN_SCENARIOS, path.join(OWN_SCENARIOS, FIRST_CALLS), SHARED_SCENARIOS, path.join(SHARED_SCENARIOS, FIRST_CALLS)].filter((dir) => existsSync(dir));
}
