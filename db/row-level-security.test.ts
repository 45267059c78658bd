import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/database.js';
import { createOrganizationWithMember, twoOrganizationsWithAFamilyEach } from '../testing/organizations.js';
import type { Database } from './database.js';
import { withOrganization } from './organization-scope.js';

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(() => drop());

describe('row-level security, the second wall between organizations', () => {
  it('is on, with a policy, for every table whose rows carry a tenant_id', async () => {
    const { rows } = await sql<{ table: string; secured: boolean; policies: number }>`
      SELECT c.relname AS table, c.relrowsecurity AS secured,
        (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
      ORDER BY 1`.execute(db);
    expect(rows.map((r) => r.table)).toEqual(expect.arrayContaining(['contacts', 'calls', 'calendar_events', 'tasks', 'usage_records', 'sms_outbox']));
    expect(rows.filter((r) => !r.secured || r.policies === 0)).toEqual([]);
  });

  it("returns only the organization's rows to a query that forgets its filter", async () => {
    const { a, b } = await twoOrganizationsWithAFamilyEach(db);

    // Deliberately unfiltered: no where tenant_id.
    const seenByA = await withOrganization(db, a.tenant.id, (tx) => tx.selectFrom('contacts').select(['name', 'tenant_id']).execute());
    expect(seenByA).toEqual([{ name: 'Ada Family', tenant_id: a.tenant.id }]);
    const tenantsSeen = await withOrganization(db, b.tenant.id, (tx) => tx.selectFrom('tenants').select('id').execute());
    expect(tenantsSeen).toEqual([{ id: b.tenant.id }]);
    const membersSeen = await withOrganization(db, a.tenant.id, (tx) => tx.selectFrom('memberships').select('tenant_id').execute());
    expect(membersSeen).toEqual([{ tenant_id: a.tenant.id }]);
  });

  it('refuses to write a row for another organization, and an unscoped role sees nothing', async () => {
    const a = await createOrganizationWithMember(db);
    const b = await createOrganizationWithMember(db);
    await expect(
      withOrganization(db, a.tenant.id, (tx) => tx.insertInto('contacts').values({ tenant_id: b.tenant.id, name: 'Smuggled' }).execute()),
    ).rejects.toThrow(/row-level security/);
    expect(await db.selectFrom('contacts').select('id').where('name', '=', 'Smuggled').execute()).toEqual([]);

    const unscoped = await db.transaction().execute(async (tx) => {
      await sql`SET LOCAL ROLE organization_scope`.execute(tx);
      return tx.selectFrom('contacts').select('id').execute();
    });
    expect(unscoped).toEqual([]);
  });
});
