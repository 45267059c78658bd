import type { Database } from '../db/database.js';
import { findTenantBySlug, insertTenant, type Tenant } from '../db/queries/tenants.js';
import { upsertMembership, upsertUser } from '../db/queries/users.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { hashPassword } from '../api/operations/password.js';
import { localToInstant } from '../domain/dates/zoned-time.js';
import { insertSampleOrganizationData } from './sample-organization.js';

export const DEMO_SLUG = 'demo';

/** The demo organization and its owner. Idempotent: running it on every start changes nothing twice. */
export async function seedDemo(
  db: Database,
  owner: { email: string; password: string },
): Promise<Tenant> {
  const existing = await findTenantBySlug(db, DEMO_SLUG);
  const tenant =
    existing ??
    (await insertTenant(db, {
      name: 'Evergreen Memorial Chapel (demo)',
      slug: DEMO_SLUG,
      isDemo: true,
      settings: defaultTenantSettings('America/Chicago'),
    }));
  // Only a new demo organization gets the sample price list, answers and rota: what staff change later stays.
  if (!existing) {
    const zone = tenant.settings.timeZone;
    await insertSampleOrganizationData(db, tenant.id, { instantOf: (local) => localToInstant(local, zone) ?? new Date().toISOString() });
  }
  const user = await upsertUser(db, {
    email: owner.email,
    name: 'Demo Owner',
    passwordHash: await hashPassword(owner.password),
  });
  await upsertMembership(db, { tenantId: tenant.id, userId: user.id, role: 'owner' });
  return tenant;
}
