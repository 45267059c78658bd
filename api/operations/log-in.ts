import { AppError } from '../../domain/app-error.js';
import type { Database } from '../../db/database.js';
import type { SessionAuth } from '../../db/queries/sessions.js';
import { findFirstMembership, findUserByEmail } from '../../db/queries/users.js';
import { hashPassword, verifyPassword } from './password.js';
import { checkPasswordWithinLimits } from './sign-in-limits.js';
import { startSession } from './start-session.js';

// Verifying against a real hash when the email is unknown keeps the response time the same, so
// the login form does not reveal which emails have accounts.
const decoyHash = hashPassword('decoy-password-for-timing');

export async function logIn(options: {
  db: Database;
  email: string;
  password: string;
  /** Where the request came from (api/middleware/client-address.ts), for the sign-in limits. */
  address: string;
  now: Date;
  ttlHours: number;
}): Promise<{ token: string; auth: SessionAuth }> {
  const user = await findUserByEmail(options.db, options.email);
  const valid = await checkPasswordWithinLimits(options.db, { email: options.email, address: options.address }, options.now, async () => {
    const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash), options.password);
    return matches && user !== null;
  });
  const membership = user && valid ? await findFirstMembership(options.db, user.id) : null;
  if (!user || !valid || !membership) {
    throw new AppError('unauthenticated', 'That email and password do not match an account.');
  }
  return startSession(options.db, { userId: user.id, tenantId: membership.tenantId, now: options.now, ttlHours: options.ttlHours });
}
