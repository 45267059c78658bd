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
