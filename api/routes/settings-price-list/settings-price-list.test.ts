import { describe, expect, it } from 'vitest';
import { ownerAndStrangerFixture } from '../../../testing/settings-fixture.js';
import { jsonOf } from '../../../testing/json-body.js';
import { addMember } from '../../../testing/organizations.js';

const t = ownerAndStrangerFixture();

const cremation = { code: 'direct-cremation', item: 'Direct cremation with an alternative container', priceCents: 189500, startingPrice: false, description: null };

describe('the General Price List in settings', () => {
  it('keeps items in the order they were added, and changes a price with an audit line saying from whom', async () => {
    const added = await t.ownerApi.post('/api/settings/price-list', cremation);
    expect(added.status).toBe(201);
    const item = await jsonOf(added);
    await t.ownerApi.post('/api/settings/price-list', { code: 'caskets', item: 'Caskets', priceCents: 99500, startingPrice: true, description: 'Eleven caskets on display' });
    const changed = await t.ownerApi.request('PUT', `/api/settings/price-list/${item.id}`, { ...cremation, priceCents: 199500 });
    expect(await jsonOf(changed)).toMatchObject({ id: item.id, priceCents: 199500, position: 0 });

    const { items } = await jsonOf(t.ownerApi.get('/api/settings/price-list'));
    expect(items.map((row: { code: string; priceCents: number }) => [row.code, row.priceCents])).toEqual([['direct-cremation', 199500], ['caskets', 99500]]);
    const audit = await t.harness.db.selectFrom('organization_audit').select(['action', 'detail']).where('tenant_id', '=', t.owner.tenant.id).where('action', '=', 'price_list_changed').execute();
    expect(audit.map((row) => (row.detail as { priceCents: number }).priceCents)).toEqual([199500]);
  });

  it('refuses a second item with the same code, naming the field, and keeps the first', async () => {
    const response = await t.ownerApi.post('/api/settings/price-list', { ...cremation, item: 'Another cremation', priceCents: 1 });
    expect(response.status).toBe(409);
    const { error } = await jsonOf(response);
    expect(error.message).toMatch(/already has an item with the code direct-cremation/);
    expect(error.issues).toEqual([{ path: 'code', message: 'is already on the price list' }]);
    const { items } = await jsonOf(t.ownerApi.get('/api/settings/price-list'));
    expect(items.filter((row: { code: string }) => row.code === 'direct-cremation')).toHaveLength(1);
  });

  it('names a wrong code, a price in dollars with cents, a negative price and an unknown field', async () => {
    const response = await t.ownerApi.post('/api/settings/price-list', { code: 'Direct Cremation', item: 'x', priceCents: 1895.5, startingPrice: 'yes', description: null, discount: 10 });
    expect(response.status).toBe(400);
    const paths = (await jsonOf(response)).error.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['code', 'priceCents', 'startingPrice', 'discount']));
    expect((await t.ownerApi.post('/api/settings/price-list', { ...cremation, code: 'free', priceCents: -1 })).status).toBe(400);
  });

  it('lets a read-only member read the list and refuses them a change', async () => {
    const reader = await t.as(await addMember(t.harness.db, t.owner.tenant, 'read_only'));
    expect((await reader.get('/api/settings/price-list')).status).toBe(200);
    expect((await reader.post('/api/settings/price-list', { ...cremation, code: 'urn' })).status).toBe(403);
  });

  it("never shows or changes another organization's items", async () => {
    const theirs = await jsonOf(t.strangerApi.post('/api/settings/price-list', { ...cremation, code: 'their-item' }));
    expect((await t.ownerApi.request('PUT', `/api/settings/price-list/${theirs.id}`, cremation)).status).toBe(404);
    expect((await t.ownerApi.delete(`/api/settings/price-list/${theirs.id}`)).status).toBe(404);
    const { items } = await jsonOf(t.ownerApi.get('/api/settings/price-list'));
    expect(items.map((row: { code: string }) => row.code)).not.toContain('their-item');
    expect((await jsonOf(t.strangerApi.get('/api/settings/price-list'))).items).toEqual([expect.objectContaining({ id: theirs.id, priceCents: 189500 })]);
  });
});
