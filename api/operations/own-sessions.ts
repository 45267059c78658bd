import { AppError } from '../../domain/app-error.js';
import type { Database } from '../../db/database.js';
import { deleteUserSession, listUserSessions, type OwnSession, type SessionAuth } from '../../db/queries/sessions.js';

export function listOwnSessions(db: Database, auth: SessionAuth, now: Date): Promise<OwnSession[]> {
  return listUserSessions(db, { userId: auth.user.id, currentSessionId: auth.sessionId, now });
}

/** Ends one of the signed-in person's own sessions; says whether it was the one making the request. */
export async function revokeOwnSession(db: Database, auth: SessionAuth, publicId: string): Promise<{ wasCurrent: boolean }> {
  const ended = await deleteUserSession(db, { userId: auth.user.id, publicId });
  if (!ended) throw new AppError('not_found', `You have no session ${publicId}.`);
  return { wasCurrent: ended.sessionId === auth.sessionId };
}
