import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';
import { insertTenant, type Tenant } from '../db/queries/tenants.js';
import { upsertMembership, upsertUser } from '../db/queries/users.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import type { Role } from '../domain/team/roles.js';
import { hashPassword } from '../api/operations/password.js';

export type TestMember = { tenant: Tenant; email: string; password: string; userId: string };

/** A new organization with one member of the given role, with a password the test can sign in with. */
export async function createOrganizationWithMember(
  db: Database,
  options: { role?: Role; timeZone?: string; name?: string } = {},
): Promise<TestMember> {
  const suffix = randomBytes(4).toString('hex');
  const tenant = await insertTenant(db, {
    name: options.name ?? `Test Chapel ${suffix}`,
    slug: `test-${suffix}`,
    isDemo: false,
    settings: defaultTenantSettings(options.timeZone ?? 'America/Chicago'),
  });
  return addMember(db, tenant, options.role ?? 'owner');
}

/** Another person with a password, added to an existing organization with this role. */
export async function addMember(db: Database, tenant: Tenant, role: Role, options: { name?: string } = {}): Promise<TestMember> {
  const suffix = randomBytes(4).toString('hex');
  const email = `member-${suffix}@example.com`;
  const password = `password-${suffix}`;
  const user = await upsertUser(db, { email, name: options.name ?? `Member ${suffix}`, passwordHash: await hashPassword(password) });
  await upsertMembership(db, { tenantId: tenant.id, userId: user.id, role });
  return { tenant, email, password, userId: user.id };
}

/** Two organizations with one family each, "Ada Family" and "Bea Family": what isolation tests read across. */
export async function twoOrganizationsWithAFamilyEach(db: Database): Promise<{ a: TestMember; b: TestMember }> {
  const a = await createOrganizationWithMember(db);
  const b = await createOrganizationWithMember(db);
  await db.insertInto('contacts').values([
    { tenant_id: a.tenant.id, name: 'Ada Family' },
    { tenant_id: b.tenant.id, name: 'Bea Family' },
  ]).execute();
  return { a, b };
}
