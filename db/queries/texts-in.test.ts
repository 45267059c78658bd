import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing/database.js';
import { createOrganizationWithMember } from '../../testing/organizations.js';
import { assignOrganizationNumber, findOrganizationOfNumber } from './texts-in.js';

let test: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test.drop());

describe('assignOrganizationNumber', () => {
  it('routes a number to one organization, audited, and refuses to move it to another', async () => {
    const { tenant } = await createOrganizationWithMember(test.db);
    const other = await createOrganizationWithMember(test.db);
    expect(await assignOrganizationNumber(test.db, { slug: tenant.slug, phone: '+13125550777', actor: 'Ops Olga' })).toEqual({ name: tenant.name, changed: true });
    expect(await assignOrganizationNumber(test.db, { slug: tenant.slug, phone: '+13125550777', actor: 'Ops Olga' })).toEqual({ name: tenant.name, changed: false });
    await expect(assignOrganizationNumber(test.db, { slug: other.tenant.slug, phone: '+13125550777', actor: 'Ops Olga' })).rejects.toThrow(/already .*'s number/);
    expect(await findOrganizationOfNumber(test.db, '+13125550777')).toBe(tenant.id);
    const audit = await test.db.selectFrom('organization_audit').select(['actor', 'action']).where('tenant_id', '=', tenant.id).execute();
    expect(audit).toEqual([{ actor: 'Ops Olga', action: 'phone_number_added' }]);
  });
});
