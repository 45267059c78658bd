import type { Executor } from '../executor.js';

export type PasswordReset = { id: string; userId: string; email: string; expiresAt: Date; usedAt: Date | null };

export async function insertPasswordReset(db: Executor, input: { userId: string; tokenHash: string; expiresAt: Date }): Promise<{ id: string }> {
  return db
    .insertInto('password_resets')
    .values({ user_id: input.userId, token_hash: input.tokenHash, expires_at: input.expiresAt })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function findPasswordResetByTokenHash(db: Executor, tokenHash: string): Promise<PasswordReset | null> {
  const row = await db
    .selectFrom('password_resets as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.user_id', 'u.email', 'r.expires_at', 'r.used_at'])
    .where('r.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? { id: row.id, userId: row.user_id, email: row.email, expiresAt: row.expires_at, usedAt: row.used_at } : null;
}

/**
 * Uses up this reset, and with it every other open one of the same person: once the password has
 * been changed, an older link in their mailbox must not change it again. False when this one was
 * used or expired meanwhile.
 */
export async function claimPasswordReset(db: Executor, input: { id: string; userId: string; now: Date }): Promise<boolean> {
  const claimed = await db
    .updateTable('password_resets')
    .set({ used_at: input.now })
    .where('id', '=', input.id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', input.now)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return false;
  await db.updateTable('password_resets').set({ used_at: input.now }).where('user_id', '=', input.userId).where('used_at', 'is', null).execute();
  return true;
}
