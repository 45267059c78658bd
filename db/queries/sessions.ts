import type { Kysely } from 'kysely';
import type { DB } from '../generated/database.js';
import { parseRole, type Role } from '../../domain/team/roles.js';
import type { Executor } from '../executor.js';

export type SessionAuth = {
  sessionId: string;
  csrfToken: string;
  user: { id: string; email: string; name: string };
  organization: { id: string; name: string; slug: string; timeZone: string };
  role: Role;
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
    .select(['s.id', 's.csrf_token', 'u.id as user_id', 'u.email', 'u.name as user_name', 't.id as tenant_id', 't.name as tenant_name', 't.slug', 't.time_zone', 'm.role'])
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  return {
    sessionId: row.id,
    csrfToken: row.csrf_token,
    user: { id: row.user_id, email: row.email, name: row.user_name },
    organization: { id: row.tenant_id, name: row.tenant_name, slug: row.slug, timeZone: row.time_zone },
    role: parseRole(row.role),
  };
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export type MemberOrganization = { id: string; name: string; role: Role };

/** Every organization the user belongs to, by name: what the organization switcher offers. */
export async function listMemberOrganizations(db: Kysely<DB>, userId: string): Promise<MemberOrganization[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('tenants as t', 't.id', 'm.tenant_id')
    .select(['t.id', 't.name', 'm.role'])
    .where('m.user_id', '=', userId)
    .orderBy('t.name')
    .orderBy('t.id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, role: parseRole(row.role) }));
}

/** Moves the session to another organization of the same user; false when they are not a member. */
export async function moveSessionToOrganization(db: Kysely<DB>, input: { sessionId: string; userId: string; tenantId: string }): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ tenant_id: input.tenantId })
    .where('id', '=', input.sessionId)
    .where('user_id', '=', input.userId)
    .where((eb) =>
      eb.exists(eb.selectFrom('memberships').select('user_id').where('user_id', '=', input.userId).where('tenant_id', '=', input.tenantId)),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type OwnSession = { publicId: string; organization: { id: string; name: string }; createdAt: Date; expiresAt: Date; current: boolean };

/**
 * A person's live sessions, in every organization they act for: sessions belong to the person, so
 * this is filtered by the user rather than by an organization. Newest first.
 */
export async function listUserSessions(db: Executor, input: { userId: string; currentSessionId: string; now: Date }): Promise<OwnSession[]> {
  const rows = await db
    .selectFrom('sessions as s')
    .innerJoin('tenants as t', 't.id', 's.tenant_id')
    .select(['s.id', 's.public_id', 't.id as tenant_id', 't.name as tenant_name', 's.created_at', 's.expires_at'])
    .where('s.user_id', '=', input.userId)
    .where('s.expires_at', '>', input.now)
    .orderBy('s.created_at', 'desc')
    .orderBy('s.public_id')
    .execute();
  return rows.map((row) => ({
    publicId: row.public_id,
    organization: { id: row.tenant_id, name: row.tenant_name },
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    current: row.id === input.currentSessionId,
  }));
}

/** Ends one of the person's sessions by its public id; null when they have none by that id. */
export async function deleteUserSession(db: Executor, input: { userId: string; publicId: string }): Promise<{ sessionId: string } | null> {
  const row = await db
    .deleteFrom('sessions')
    .where('user_id', '=', input.userId)
    .where('public_id', '=', input.publicId)
    .returning('id')
    .executeTakeFirst();
  return row ? { sessionId: row.id } : null;
}

/** Ends every session of the person, in every organization (a new password). */
export async function deleteAllUserSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Ends the person's sessions acting for one organization (they were removed from it). */
export async function deleteMemberSessions(db: Executor, input: { tenantId: string; userId: string }): Promise<void> {
  await db.deleteFrom('sessions').where('tenant_id', '=', input.tenantId).where('user_id', '=', input.userId).execute();
}
