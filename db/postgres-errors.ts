/** SQLSTATE codes we act on; everything else is an unexpected failure and is retried or reported. */
const EXCLUSION_VIOLATION = '23P01';
const UNIQUE_VIOLATION = '23505';

function sqlState(error: unknown): { code?: string; constraint?: string } {
  return typeof error === 'object' && error !== null ? (error as { code?: string; constraint?: string }) : {};
}

/** Another live event already holds part of this time on the same resource. */
export function isOverlapViolation(error: unknown): boolean {
  return sqlState(error).code === EXCLUSION_VIOLATION;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const state = sqlState(error);
  return state.code === UNIQUE_VIOLATION && (constraint === undefined || state.constraint === constraint);
}

/**
 * Postgres refused the data itself (class 22: a NUL byte, a value out of range, bad text for a
 * type). Sending the same data again cannot succeed.
 */
export function isDataException(error: unknown): boolean {
  return typeof sqlState(error).code === 'string' && sqlState(error).code!.startsWith('22');
}
