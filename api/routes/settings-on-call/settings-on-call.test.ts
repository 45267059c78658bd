import { describe, expect, it } from 'vitest';
import { ownerAndStrangerFixture } from '../../../testing/settings-fixture.js';
import { jsonOf } from '../../../testing/json-body.js';
import { addMember, createOrganizationWithMember } from '../../../testing/organizations.js';
import type { Role } from '../../../domain/team/roles.js';

const t = ownerAndStrangerFixture();
const colleague = async (role: Role) => t.as(await addMember(t.harness.db, t.owner.tenant, role));

const ALL_DAY = { weekdays: [1, 2, 3, 4, 5, 6, 7], from: '00:00', until: '24:00' };

describe('the on-call rota in settings', () => {
  it('adds entries typed as staff write them and lists whom a page now would text, primary first and the owner last', async () => {
    const backup = await t.ownerApi.post('/api/settings/on-call-rota', { name: 'Ben Backup', phone: '(312) 555-0142', role: 'backup', ...ALL_DAY });
    expect(backup.status).toBe(201);
    expect(await jsonOf(backup)).toMatchObject({ name: 'Ben Backup', phone: '+13125550142', role: 'backup', until: '24:00' });
    await t.ownerApi.post('/api/settings/on-call-rota', { name: 'Olive Owner', phone: '+1 312 555 0199', role: 'owner', weekdays: [1], from: '09:00', until: '17:00' });
    await t.ownerApi.post('/api/settings/on-call-rota', { name: 'Pat Primary', phone: '312-555-0100', role: 'primary', ...ALL_DAY });

    const { items, onCallNow } = await jsonOf(t.ownerApi.get('/api/settings/on-call-rota'));
    expect(items.map((entry: { name: string }) => entry.name)).toEqual(['Pat Primary', 'Ben Backup', 'Olive Owner']);
    expect(onCallNow.map((person: { name: string }) => person.name)).toEqual(['Pat Primary', 'Ben Backup', 'Olive Owner']);
  });

  it("reads a phone typed the national way in the organization's own country", async () => {
    const perth = await t.as(await createOrganizationWithMember(t.harness.db, { role: 'owner', timeZone: 'Australia/Perth' }));
    const added = await perth.post('/api/settings/on-call-rota', { name: 'Ruby Nights', phone: '0412 345 678', role: 'primary', ...ALL_DAY });
    expect(added.status).toBe(201);
    expect((await jsonOf(added)).phone).toBe('+61412345678');
    const refused = await perth.post('/api/settings/on-call-rota', { name: 'Ruby Nights', phone: '+1 012 555 0100', role: 'primary', ...ALL_DAY });
    expect(refused.status).toBe(400);
    expect((await jsonOf(refused)).error.issues).toEqual([{ path: 'phone', message: expect.stringMatching(/not a number we can text/) }]);
  });

  it('changes an entry and removes one, each audited with who did it', async () => {
    const added = await jsonOf(t.ownerApi.post('/api/settings/on-call-rota', { name: 'Nora Nights', phone: '+13125550111', role: 'primary', weekdays: [5, 6], from: '17:00', until: '08:00' }));
    const changed = await t.ownerApi.request('PUT', `/api/settings/on-call-rota/${added.id}`, { name: 'Nora Nights', phone: '+13125550111', role: 'primary', weekdays: [5], from: '18:00', until: '07:00' });
    expect(changed.status).toBe(200);
    expect(await jsonOf(changed)).toMatchObject({ id: added.id, weekdays: [5], from: '18:00', until: '07:00' });
    expect((await t.ownerApi.delete(`/api/settings/on-call-rota/${added.id}`)).status).toBe(204);
    expect((await t.ownerApi.delete(`/api/settings/on-call-rota/${added.id}`)).status).toBe(404);

    const audit = await t.harness.db.selectFrom('organization_audit').select(['action', 'actor', 'detail']).where('tenant_id', '=', t.owner.tenant.id).where('action', 'like', 'on_call_rota_%').orderBy('at').execute();
    const mine = audit.filter((row) => (row.detail as { id?: string }).id === added.id);
    expect(mine.map((row) => row.action)).toEqual(['on_call_rota_added', 'on_call_rota_changed', 'on_call_rota_removed']);
    expect(mine[0]!.actor).toContain(t.owner.email);
  });

  it('names each wrong field and stores nothing', async () => {
    const before = (await jsonOf(t.ownerApi.get('/api/settings/on-call-rota'))).items.length;
    const response = await t.ownerApi.post('/api/settings/on-call-rota', { name: '', phone: '12', role: 'boss', weekdays: [0, 8], from: '25:00', until: '9am' });
    expect(response.status).toBe(400);
    const { error } = await jsonOf(response);
    expect(error.issues.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(['name', 'phone', 'role', 'weekdays.0', 'from', 'until']));
    expect(error.issues.find((issue: { path: string }) => issue.path === 'phone').message).toMatch(/not a number we can text/);
    expect((await jsonOf(t.ownerApi.get('/api/settings/on-call-rota'))).items.length).toBe(before);
  });

  it('lets staff and read-only members see the rota but only admins and owners change it', async () => {
    const staff = await colleague('staff');
    const readOnly = await colleague('read_only');
    const admin = await colleague('admin');
    expect((await readOnly.get('/api/settings/on-call-rota')).status).toBe(200);
    const entry = { name: 'Sam Staff', phone: '+13125550123', role: 'backup', ...ALL_DAY };
    expect((await staff.post('/api/settings/on-call-rota', entry)).status).toBe(403);
    expect((await readOnly.post('/api/settings/on-call-rota', entry)).status).toBe(403);
    const added = await admin.post('/api/settings/on-call-rota', entry);
    expect(added.status).toBe(201);
    expect((await staff.delete(`/api/settings/on-call-rota/${(await jsonOf(added)).id}`)).status).toBe(403);
  });

  it("never answers for another organization's entries", async () => {
    const theirs = await jsonOf(t.strangerApi.post('/api/settings/on-call-rota', { name: 'Their Person', phone: '+13125550177', role: 'primary', ...ALL_DAY }));
    const body = { name: 'Taken Over', phone: '+13125550178', role: 'primary', ...ALL_DAY };
    expect((await t.ownerApi.request('PUT', `/api/settings/on-call-rota/${theirs.id}`, body)).status).toBe(404);
    expect((await t.ownerApi.delete(`/api/settings/on-call-rota/${theirs.id}`)).status).toBe(404);
    const mine = await jsonOf(t.ownerApi.get('/api/settings/on-call-rota'));
    expect(mine.items.map((entry: { id: string }) => entry.id)).not.toContain(theirs.id);
    expect((await jsonOf(t.strangerApi.get('/api/settings/on-call-rota'))).items).toEqual([expect.objectContaining({ id: theirs.id, name: 'Their Person' })]);
  });
});

describe('paging minutes', () => {
  it('starts at 5 and 15 minutes, changes for admins, refuses numbers outside the bounds', async () => {
    const api = await t.as(await createOrganizationWithMember(t.harness.db, { role: 'owner' }));
    expect(await jsonOf(api.get('/api/settings/paging'))).toEqual({ acknowledgeMinutes: 5, callbackPromiseMinutes: 15 });
    const changed = await api.request('PUT', '/api/settings/paging', { acknowledgeMinutes: 3, callbackPromiseMinutes: 20 });
    expect(changed.status).toBe(200);
    expect(await jsonOf(changed)).toEqual({ acknowledgeMinutes: 3, callbackPromiseMinutes: 20 });
    const refused = await api.request('PUT', '/api/settings/paging', { acknowledgeMinutes: 0, callbackPromiseMinutes: 1000 });
    expect(refused.status).toBe(400);
    expect((await jsonOf(refused)).error.issues.map((issue: { path: string }) => issue.path)).toEqual(['acknowledgeMinutes', 'callbackPromiseMinutes']);
    expect(await jsonOf(api.get('/api/settings/paging'))).toEqual({ acknowledgeMinutes: 3, callbackPromiseMinutes: 20 });
    expect((await (await colleague('staff')).request('PUT', '/api/settings/paging', { acknowledgeMinutes: 9, callbackPromiseMinutes: 20 })).status).toBe(403);
  });
});
