import { AppError } from '../../domain/app-error.js';
import type { Database } from '../../db/database.js';
import { findSessionAuth, insertSession, type SessionAuth } from '../../db/queries/sessions.js';
import { findFirstMembership, findUserByEmail } from '../../db/queries/users.js';
import { hashPassword, verifyPassword } from './password.js';
import { newToken, sessionIdFromToken } from './session-token.js';

// Verifying against a real hash when the email is unknown keeps the response time the same, so
// the login form does not reveal which emails have accounts.
const decoyHash = hashPassword('decoy-password-for-timing');

export async function logIn(options: {
  db: Database;
  email: string;
  password: string;
  now: Date;
  ttlHours: number;
}): Promise<{ token: string; auth: SessionAuth }> {
  const user = await findUserByEmail(options.db, options.email);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), options.password);
  const membership = user && valid ? await findFirstMembership(options.db, user.id) : null;
  if (!user || !valid || !membership) {
    throw new AppError('unauthenticated', 'That email and password do not match an account.');
  }
  const token = newToken();
  const sessionId = sessionIdFromToken(token);
  await insertSession(options.db, {
    id: sessionId,
    userId: user.id,
    tenantId: membership.tenantId,
    csrfToken: newToken(),
    expiresAt: new Date(options.now.getTime() + options.ttlHours * 3_600_000),
  });
  const auth = await findSessionAuth(options.db, sessionId, options.now);
  if (!auth) throw new AppError('internal', 'session vanished right after it was created');
  return { token, auth };
}
