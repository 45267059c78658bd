import type { Executor } from '../executor.js';

export type IdentityKey = { issuer: string; subject: string };

/** The user a linked identity signs in as, noting that it signed in now; null when it was never linked. */
export async function touchIdentity(db: Executor, input: IdentityKey & { now: Date }): Promise<string | null> {
  const row = await db
    .updateTable('user_identities')
    .set({ last_sign_in_at: input.now })
    .where('issuer', '=', input.issuer)
    .where('subject', '=', input.subject)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/**
 * Links the identity to the user and returns the user it is linked to: a second browser that linked
 * the same identity a moment earlier wins, so one identity never names two people.
 */
export async function linkIdentity(db: Executor, input: IdentityKey & { userId: string; email: string; now: Date }): Promise<string> {
  const row = await db
    .insertInto('user_identities')
    .values({ issuer: input.issuer, subject: input.subject, user_id: input.userId, linked_email: input.email, created_at: input.now, last_sign_in_at: input.now })
    .onConflict((oc) => oc.columns(['issuer', 'subject']).doUpdateSet({ last_sign_in_at: input.now }))
    .returning('user_id')
    .executeTakeFirstOrThrow();
  return row.user_id;
}
