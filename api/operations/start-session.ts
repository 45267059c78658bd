import { AppError } from '../../domain/app-error.js';
import type { Database } from '../../db/database.js';
import { findSessionAuth, insertSession, type SessionAuth } from '../../db/queries/sessions.js';
import { newToken, sessionIdFromToken } from './session-token.js';

/** A new session for a member of the organization; the token goes into the cookie and nowhere else. */
export async function startSession(
  db: Database,
  input: { userId: string; tenantId: string; now: Date; ttlHours: number },
): Promise<{ token: string; auth: SessionAuth }> {
  const token = newToken();
  const sessionId = sessionIdFromToken(token);
  await insertSession(db, {
    id: sessionId,
    userId: input.userId,
    tenantId: input.tenantId,
    csrfToken: newToken(),
    expiresAt: new Date(input.now.getTime() + input.ttlHours * 3_600_000),
  });
  const auth = await findSessionAuth(db, sessionId, input.now);
  if (!auth) throw new AppError('internal', 'session vanished right after it was created');
  return { token, auth };
}
