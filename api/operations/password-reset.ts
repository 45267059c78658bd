import { AppError } from '../../domain/app-error.js';
import { passwordResetEmail } from '../../domain/team/emails.js';
import { claimPasswordReset, findPasswordResetByTokenHash, insertPasswordReset, type PasswordReset } from '../../db/queries/password-resets.js';
import { deleteAllUserSessions } from '../../db/queries/sessions.js';
import { findUserByEmail, setPasswordHash } from '../../db/queries/users.js';
import type { AppDeps } from '../app-deps.js';
import { PASSWORD_RESET_LINK, usableLink, type LinkState } from './one-time-links.js';
import { hashPassword } from './password.js';
import { linkTokenHash, newToken } from './session-token.js';
import { forgetAccountFailures } from './sign-in-limits.js';

const RESET_TTL_MINUTES = 60;

const resetState = (reset: PasswordReset): LinkState => ({ usedAt: reset.usedAt, withdrawnAt: null, expiresAt: reset.expiresAt });

/**
 * Emails a link to choose a new password when the email has an account, and does nothing
 * otherwise: the caller answers the same either way, so the form does not reveal who has one.
 */
export async function requestPasswordReset(deps: Pick<AppDeps, 'db' | 'email' | 'webOrigin'>, email: string, now: Date): Promise<void> {
  const user = await findUserByEmail(deps.db, email);
  if (!user) return;
  const token = newToken();
  const reset = await insertPasswordReset(deps.db, {
    userId: user.id,
    tokenHash: linkTokenHash(token),
    expiresAt: new Date(now.getTime() + RESET_TTL_MINUTES * 60_000),
  });
  const text = passwordResetEmail({ name: user.name, link: `${deps.webOrigin}/reset-password/${token}`, ttlMinutes: RESET_TTL_MINUTES });
  await deps.email.send({ tenantId: null, to: user.email, ...text, purpose: 'password_reset', idempotencyKey: `password-reset:${reset.id}` });
}

/**
 * Sets the new password and ends every session of the person, wherever they were signed in: a
 * reset is what someone does when they fear another has their password. Returns whose it was.
 */
export async function resetPassword(db: AppDeps['db'], token: string, password: string, now: Date): Promise<{ userId: string }> {
  const reset = usableLink(await findPasswordResetByTokenHash(db, linkTokenHash(token)), resetState, now, PASSWORD_RESET_LINK);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (tx) => {
    if (!(await claimPasswordReset(tx, { id: reset.id, userId: reset.userId, now }))) {
      throw new AppError('not_found', PASSWORD_RESET_LINK.used);
    }
    await setPasswordHash(tx, { userId: reset.userId, passwordHash });
    await deleteAllUserSessions(tx, reset.userId);
  });
  await forgetAccountFailures(db, reset.email);
  return { userId: reset.userId };
}
