import type { Executor } from '../executor.js';

/** What a failed sign-in counts against: the account (its email) and the client address. */
export type AttemptScope = 'account' | 'address';
export type AttemptKey = { scope: AttemptScope; key: string };

export async function recordFailedAttempt(db: Executor, input: { keys: AttemptKey[]; at: Date; forgetBefore: Date }): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values(input.keys.map((k) => ({ scope: k.scope, key: k.key, attempted_at: input.at })))
    .execute();
  // Rows older than every window count for nothing; each failure sweeps them, so the table stays small.
  await db.deleteFrom('login_attempts').where('attempted_at', '<', input.forgetBefore).execute();
}

/**
 * The `nth` most recent failure since `since`, or null when there are fewer. Once it leaves the
 * window fewer than `nth` remain in it, which is when the counter lets attempts through again.
 */
export async function findNthRecentFailure(db: Executor, input: AttemptKey & { since: Date; nth: number }): Promise<Date | null> {
  const row = await db
    .selectFrom('login_attempts')
    .select('attempted_at')
    .where('scope', '=', input.scope)
    .where('key', '=', input.key)
    .where('attempted_at', '>', input.since)
    .orderBy('attempted_at', 'desc')
    .offset(input.nth - 1)
    .limit(1)
    .executeTakeFirst();
  return row ? row.attempted_at : null;
}

export async function clearFailedAttempts(db: Executor, key: AttemptKey): Promise<void> {
  await db.deleteFrom('login_attempts').where('scope', '=', key.scope).where('key', '=', key.key).execute();
}
