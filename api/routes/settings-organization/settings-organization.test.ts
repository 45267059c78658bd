import { describe, expect, it } from 'vitest';
import { addMember } from '../../../testing/organizations.js';
import { jsonOf } from '../../../testing/json-body.js';
import { ownerAndStrangerFixture } from '../../../testing/settings-fixture.js';

const t = ownerAndStrangerFixture();

describe('the organization settings', () => {
  it('starts from the time zone the organization was made with, and its country', async () => {
    const settings = await jsonOf(t.ownerApi.get('/api/settings/organization'));
    expect(settings).toMatchObject({ timeZone: 'America/Chicago', country: 'US', bufferMinutes: 30, minNoticeMinutes: 120 });
    expect(settings.businessHours.sunday).toBeNull();
  });

  it('changes them all at once for the next call, auditing only what changed', async () => {
    const before = await jsonOf(t.ownerApi.get('/api/settings/organization'));
    const wanted = { ...before, name: 'Evergreen Memorial Chapel', country: 'CA', timeZone: 'America/Toronto', bufferMinutes: 15, businessHours: { ...before.businessHours, sunday: { open: '12:00', close: '16:00' } } };
    const response = await t.ownerApi.request('PUT', '/api/settings/organization', wanted);
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toEqual(wanted);
    expect(await jsonOf(t.ownerApi.get('/api/settings/organization'))).toEqual(wanted);
    const tenant = await t.harness.db.selectFrom('tenants').select(['name', 'country', 'time_zone', 'buffer_minutes']).where('id', '=', t.owner.tenant.id).executeTakeFirstOrThrow();
    expect(tenant).toEqual({ name: 'Evergreen Memorial Chapel', country: 'CA', time_zone: 'America/Toronto', buffer_minutes: 15 });
    const [audit] = await t.harness.db.selectFrom('organization_audit').select(['detail', 'actor']).where('tenant_id', '=', t.owner.tenant.id).where('action', '=', 'organization_settings_changed').execute();
    expect(Object.keys(audit!.detail as object).sort()).toEqual(['bufferMinutes', 'businessHours', 'country', 'name', 'timeZone']);
    expect((audit!.detail as Record<string, unknown>).bufferMinutes).toEqual({ before: 30, after: 15 });
    expect(audit!.actor).toContain(t.owner.email);
  });

  it('names each wrong field and keeps what was stored', async () => {
    const before = await jsonOf(t.ownerApi.get('/api/settings/organization'));
    const response = await t.ownerApi.request('PUT', '/api/settings/organization', {
      ...before,
      name: '',
      country: 'XX',
      timeZone: 'Mars/Olympus',
      bufferMinutes: -5,
      businessHours: { ...before.businessHours, monday: { open: '17:00', close: '09:00' } },
    });
    expect(response.status).toBe(400);
    const paths = (await jsonOf(response)).error.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'country', 'timeZone', 'bufferMinutes', 'businessHours.monday']));
    expect(await jsonOf(t.ownerApi.get('/api/settings/organization'))).toEqual(before);
  });

  it('lets staff read them but only admins and owners change them', async () => {
    const staff = await t.as(await addMember(t.harness.db, t.owner.tenant, 'staff'));
    const settings = await jsonOf(staff.get('/api/settings/organization'));
    expect((await staff.request('PUT', '/api/settings/organization', { ...settings, bufferMinutes: 0 })).status).toBe(403);
  });

  it("never shows another organization's settings", async () => {
    const mine = await jsonOf(t.ownerApi.get('/api/settings/organization'));
    const theirs = await jsonOf(t.strangerApi.get('/api/settings/organization'));
    expect(theirs.name).not.toBe(mine.name);
  });
});
