import type { Executor } from '../executor.js';

export type OidcSignInAttempt = { provider: string; state: string; nonce: string; codeVerifier: string };

export async function insertSignInAttempt(db: Executor, input: OidcSignInAttempt & { id: string; expiresAt: Date; now: Date }): Promise<void> {
  // Abandoned attempts (the person closed the provider's tab) are swept by the next one to start.
  await db.deleteFrom('oidc_sign_in_attempts').where('expires_at', '<=', input.now).execute();
  await db
    .insertInto('oidc_sign_in_attempts')
    .values({ id: input.id, provider: input.provider, state: input.state, nonce: input.nonce, code_verifier: input.codeVerifier, expires_at: input.expiresAt })
    .execute();
}

/** Removes the attempt and returns it while it is live: each callback can be used once. */
export async function takeSignInAttempt(db: Executor, id: string, now: Date): Promise<OidcSignInAttempt | null> {
  const row = await db
    .deleteFrom('oidc_sign_in_attempts')
    .where('id', '=', id)
    .returning(['provider', 'state', 'nonce', 'code_verifier', 'expires_at'])
    .executeTakeFirst();
  if (!row || row.expires_at <= now) return null;
  return { provider: row.provider, state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier };
}
