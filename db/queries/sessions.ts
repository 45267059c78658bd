import type { Kysely } from 'kysely';
import type { DB } from '../generated/database.js';

export type SessionAuth = {
  sessionId: string;
  csrfToken: string;
  user: { id: string; email: string; name: string };
  organization: { id: string; name: string; slug: string };
  role: 'owner' | 'staff';
};

export async function insertSession(
  db: Kysely<DB>,
  input: { id: string; userId: string; tenantId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: input.id,
      user_id: input.userId,
      tenant_id: input.tenantId,
      csrf_token: input.csrfToken,
      expires_at: input.expiresAt,
    })
    .execute();
}

/**
 * A live session with the membership it acts under. Joining memberships means a person removed
 * from an organization loses access at their next request, not when the cookie expires.
 */
export async function findSessionAuth(db: Kysely<DB>, sessionId: string, now: Date): Promise<SessionAuth | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('memberships as m', (join) => join.onRef('m.user_id', '=', 's.user_id').onRef('m.tenant_id', '=', 's.tenant_id'))
    .innerJoin('tenants as t', 't.id', 's.tenant_id')
    .select(['s.id', 's.csrf_token', 'u.id as user_id', 'u.email', 'u.name as user_name', 't.id as tenant_id', 't.name as tenant_name', 't.slug', 'm.role'])
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  return {
    sessionId: row.id,
    csrfToken: row.csrf_token,
    user: { id: row.user_id, email: row.email, name: row.user_name },
    organization: { id: row.tenant_id, name: row.tenant_name, slug: row.slug },
    role: row.role === 'owner' ? 'owner' : 'staff',
  };
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
