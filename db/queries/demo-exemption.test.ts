import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing/database.js';
import { createOrganizationWithMember } from '../../testing/organizations.js';
import type { Database } from '../database.js';
import { setDemoExemption } from './demo-exemption.js';

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(() => drop());

describe('the demo exemption', () => {
  it('is switched by an operator, each change audited with who and why, a repeat changing nothing', async () => {
    const { tenant } = await createOrganizationWithMember(db);
    expect(await setDemoExemption(db, { slug: tenant.slug, isDemo: true, actor: 'ops: Dana', reason: 'sales demo' })).toMatchObject({ isDemo: true, changed: true });
    expect(await setDemoExemption(db, { slug: tenant.slug, isDemo: true, actor: 'ops: Dana', reason: 'again' })).toMatchObject({ changed: false });
    await setDemoExemption(db, { slug: tenant.slug, isDemo: false, actor: 'ops: Lee', reason: 'signed up' });

    const row = await db.selectFrom('tenants').select('is_demo').where('id', '=', tenant.id).executeTakeFirstOrThrow();
    expect(row.is_demo).toBe(false);
    const audit = await db.selectFrom('organization_audit').select(['actor', 'action', 'detail']).where('tenant_id', '=', tenant.id).orderBy('at').execute();
    expect(audit).toEqual([
      { actor: 'ops: Dana', action: 'demo_exemption_on', detail: { reason: 'sales demo' } },
      { actor: 'ops: Lee', action: 'demo_exemption_off', detail: { reason: 'signed up' } },
    ]);
  });

  it('names the organization it could not find', async () => {
    await expect(setDemoExemption(db, { slug: 'no-such-chapel', isDemo: true, actor: 'ops', reason: 'x' })).rejects.toThrow(/no-such-chapel/);
  });
});
