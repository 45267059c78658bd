import { parseRole, type Role } from '../../domain/team/roles.js';
import type { Executor } from '../executor.js';

export type UserWithHash = { id: string; email: string; name: string; passwordHash: string };

export async function findUserByEmail(db: Executor, email: string): Promise<UserWithHash | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'password_hash'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row ? { id: row.id, email: row.email, name: row.name, passwordHash: row.password_hash } : null;
}

/** Creates the user, or returns the existing one with that email (seeding runs again on every start). */
export async function upsertUser(
  db: Executor,
  input: { email: string; name: string; passwordHash: string },
): Promise<{ id: string }> {
  return db
    .insertInto('users')
    .values({ email: input.email.trim().toLowerCase(), name: input.name, password_hash: input.passwordHash })
    .onConflict((oc) => oc.column('email').doUpdateSet({ name: input.name, password_hash: input.passwordHash }))
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function upsertMembership(
  db: Executor,
  input: { tenantId: string; userId: string; role: Role },
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ tenant_id: input.tenantId, user_id: input.userId, role: input.role })
    .onConflict((oc) => oc.columns(['tenant_id', 'user_id']).doUpdateSet({ role: input.role }))
    .execute();
}

/** The organization a user signs in to: their oldest membership. */
export async function findFirstMembership(
  db: Executor,
  userId: string,
): Promise<{ tenantId: string; role: Role } | null> {
  const row = await db
    .selectFrom('memberships')
    .select(['tenant_id', 'role'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('tenant_id')
    .executeTakeFirst();
  return row ? { tenantId: row.tenant_id, role: parseRole(row.role) } : null;
}

/** A new person; unlike upsertUser it never touches an existing account's name or password. */
export async function insertUser(db: Executor, input: { email: string; name: string; passwordHash: string }): Promise<{ id: string }> {
  return db
    .insertInto('users')
    .values({ email: input.email.trim().toLowerCase(), name: input.name, password_hash: input.passwordHash })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function setPasswordHash(db: Executor, input: { userId: string; passwordHash: string }): Promise<void> {
  await db.updateTable('users').set({ password_hash: input.passwordHash }).where('id', '=', input.userId).execute();
}

/** Adds the person to the organization; false when they already belong to it (their role stays). */
export async function insertMembership(db: Executor, input: { tenantId: string; userId: string; role: Role }): Promise<boolean> {
  const inserted = await db
    .insertInto('memberships')
    .values({ tenant_id: input.tenantId, user_id: input.userId, role: input.role })
    .onConflict((oc) => oc.columns(['tenant_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export type Member = { userId: string; email: string; name: string; role: Role; joinedAt: Date };

function selectMembers(db: Executor, tenantId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.email', 'u.name', 'm.role', 'm.created_at'])
    .where('m.tenant_id', '=', tenantId);
}

function toMember(row: { user_id: string; email: string; name: string; role: string; created_at: Date }): Member {
  return { userId: row.user_id, email: row.email, name: row.name, role: parseRole(row.role), joinedAt: row.created_at };
}

export async function listMembers(db: Executor, tenantId: string): Promise<Member[]> {
  const rows = await selectMembers(db, tenantId).orderBy('u.name').orderBy('u.id').execute();
  return rows.map(toMember);
}

export async function findMember(db: Executor, input: { tenantId: string; userId: string }): Promise<Member | null> {
  const row = await selectMembers(db, input.tenantId).where('m.user_id', '=', input.userId).executeTakeFirst();
  return row ? toMember(row) : null;
}

export async function findMemberByEmail(db: Executor, input: { tenantId: string; email: string }): Promise<Member | null> {
  const row = await selectMembers(db, input.tenantId).where('u.email', '=', input.email.trim().toLowerCase()).executeTakeFirst();
  return row ? toMember(row) : null;
}

/**
 * The organization's owners, locked until the transaction ends: two owners demoting each other at
 * once then queue, and the second sees that only one owner would be left.
 */
export async function lockOwners(db: Executor, tenantId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'owner')
    .orderBy('user_id')
    .forUpdate()
    .execute();
  return rows.map((row) => row.user_id);
}

export async function setMemberRole(db: Executor, input: { tenantId: string; userId: string; role: Role }): Promise<void> {
  await db.updateTable('memberships').set({ role: input.role }).where('tenant_id', '=', input.tenantId).where('user_id', '=', input.userId).execute();
}

export async function deleteMembership(db: Executor, input: { tenantId: string; userId: string }): Promise<void> {
  await db.deleteFrom('memberships').where('tenant_id', '=', input.tenantId).where('user_id', '=', input.userId).execute();
}
