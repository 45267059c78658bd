import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CALLER_DETAILS, type CallerDetails } from '../domain/extraction/caller-details.js';
import { startActivityHarness } from '../testing/activity-harness.js';

let harness: Awaited<ReturnType<typeof startActivityHarness>>;
beforeAll(async () => {
  harness = await startActivityHarness();
});
afterAll(() => harness.stop());

const details = (overrides: Partial<CallerDetails>): CallerDetails => ({ ...EMPTY_CALLER_DETAILS, ...overrides });

describe('saveContact', () => {
  it('matches a caller by phone, then by email, and fills in what a later call learns', async () => {
    const tenant = await harness.newTenant();
    const first = await harness.activities.saveContact({ tenantId: tenant.id, contactId: null, details: details({ callerName: 'Rosa Diaz', phone: '+13125550100' }) });
    const byPhone = await harness.activities.saveContact({ tenantId: tenant.id, contactId: null, details: details({ phone: '+13125550100', email: 'Rosa@Example.com' }) });
    const byEmail = await harness.activities.saveContact({ tenantId: tenant.id, contactId: null, details: details({ email: 'rosa@example.com', deceasedName: 'Luis Diaz' }) });
    expect(byPhone).toEqual(first);
    expect(byEmail).toEqual(first);
    const rows = await harness.db.selectFrom('contacts').selectAll().where('tenant_id', '=', tenant.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Rosa Diaz', phone_e164: '+13125550100', email: 'rosa@example.com', deceased_name: 'Luis Diaz' });
  });

  it('saves nothing until there is a name or a way to reach the caller', async () => {
    const tenant = await harness.newTenant();
    expect(await harness.activities.saveContact({ tenantId: tenant.id, contactId: null, details: details({ relationship: 'child' }) })).toBeNull();
  });

  it('makes one contact when two calls from the same new number save at once', async () => {
    const tenant = await harness.newTenant();
    const saved = await Promise.all(
      Array.from({ length: 6 }, () => harness.activities.saveContact({ tenantId: tenant.id, contactId: null, details: details({ callerName: 'Sam Ortiz', phone: '+13125550177' }) })),
    );
    expect(new Set(saved.map((s) => s!.contactId)).size).toBe(1);
  });

  it('never matches a contact of another organization', async () => {
    const [a, b] = [await harness.newTenant(), await harness.newTenant()];
    const inA = await harness.activities.saveContact({ tenantId: a.id, contactId: null, details: details({ callerName: 'Kim', phone: '+13125550199' }) });
    const inB = await harness.activities.saveContact({ tenantId: b.id, contactId: null, details: details({ callerName: 'Kim', phone: '+13125550199' }) });
    expect(inB!.contactId).not.toBe(inA!.contactId);
  });

  it('records where each field came from, and never overwrites a field staff typed', async () => {
    const tenant = await harness.newTenant();
    const saved = await harness.activities.saveContact({
      tenantId: tenant.id,
      contactId: null,
      details: details({ callerName: 'Joana Silva', phone: '+13125550123', relationship: 'child' }),
      sources: { callerName: 'agent' },
    });
    const row = () => harness.db.selectFrom('contacts').select(['name', 'relationship', 'deceased_name', 'detail_sources']).where('id', '=', saved!.contactId).executeTakeFirstOrThrow();
    expect((await row()).detail_sources).toEqual({ name: 'agent', phone: 'caller', relationship: 'caller' });

    // A member of staff corrects the spelling of the name.
    await harness.db.updateTable('contacts').set({ name: 'Joanna Silva', detail_sources: JSON.stringify({ name: 'staff', phone: 'caller', relationship: 'caller' }) }).where('id', '=', saved!.contactId).execute();
    await harness.activities.saveContact({
      tenantId: tenant.id,
      contactId: saved!.contactId,
      details: details({ callerName: 'Joana Silva', phone: '+13125550123', relationship: 'spouse', deceasedName: 'Rui Silva' }),
    });
    expect(await row()).toEqual({
      name: 'Joanna Silva',
      relationship: 'spouse',
      deceased_name: 'Rui Silva',
      detail_sources: { name: 'staff', phone: 'caller', relationship: 'caller', deceasedName: 'caller' },
    });
  });
});
