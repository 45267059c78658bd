import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContactActivities } from '../../../activities/contacts.js';
import { EMPTY_CALLER_DETAILS } from '../../../domain/extraction/caller-details.js';
import { clientFor, signedInMember, type ApiClient } from '../../../testing/api-client.js';
import { startApiHarness, signIn } from '../../../testing/api-harness.js';
import { jsonOf } from '../../../testing/json-body.js';
import { upsertMembership } from '../../../db/queries/users.js';
import type { TestMember } from '../../../testing/organizations.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
let owner: { member: TestMember; api: ApiClient };
beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
  owner = await signedInMember(harness);
});
afterAll(() => harness.stop());

const cemeteryRecord = {
  name: 'Margaret Okafor',
  familyName: 'Okafor',
  phone: '(312) 555-0142',
  email: 'Margaret.Okafor@Example.com',
  address: '14 Elm Street, Evanston IL',
  status: 'prospect',
  leadSource: 'referral',
  preferredLanguage: 'English',
  secondaryLanguage: 'Igbo',
  ethnicOrientation: 'Nigerian American',
  relationship: 'child',
  deceasedName: 'Samuel Okafor',
  deceasedDateOfBirth: '1941-03-09',
  deceasedDateOfDeath: '2026-11-28',
  serviceType: 'burial',
  serviceDate: '2026-12-05',
  serviceLocation: 'Rosehill chapel',
  plotNumber: 'B-112',
  plotType: 'double',
  contractAmountCents: 845000,
  amountPaidCents: 200000,
  paymentPlan: '12 monthly payments',
  paymentStatus: 'partial',
  specialRequests: 'Choir hymn at the graveside',
  religiousPreference: 'Catholic',
  veteran: true,
};

async function create(api: ApiClient, body: Record<string, unknown>) {
  const response = await api.post('/api/contacts', body);
  expect(response.status).toBe(201);
  return jsonOf(response);
}

describe('contacts', () => {
  it('stores the whole cemetery record, normalised, with the balance derived', async () => {
    const contact = await create(owner.api, cemeteryRecord);
    expect(contact).toMatchObject({ ...cemeteryRecord, phone: '+13125550142', email: 'margaret.okafor@example.com', balanceDueCents: 645000, createdBy: 'staff' });
    expect(contact.sources).toMatchObject({ name: 'staff', plotNumber: 'staff' });

    const updated = await jsonOf(owner.api.patch(`/api/contacts/${contact.id}`, { amountPaidCents: 845000, paymentStatus: 'paid' }));
    expect(updated.balanceDueCents).toBe(0);
    expect(updated.plotNumber).toBe('B-112');

    const cleared = await jsonOf(owner.api.patch(`/api/contacts/${contact.id}`, { veteran: null, plotType: '' }));
    expect([cleared.veteran, cleared.plotType]).toEqual([null, null]);
  });

  it('names each wrong field and stores nothing', async () => {
    const response = await owner.api.post('/api/contacts', {
      name: 'Bad Data',
      phone: '12',
      email: 'not-an-email',
      contractAmountCents: -5,
      amountPaidCents: 10.5,
      deceasedDateOfBirth: '2026-02-30',
      status: 'unknown',
      colour: 'blue',
    });
    expect(response.status).toBe(400);
    const paths = (await jsonOf(response)).error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['phone', 'email', 'contractAmountCents', 'amountPaidCents', 'deceasedDateOfBirth', 'status']));
    expect(JSON.stringify(paths)).toContain('colour');
    const order = await owner.api.post('/api/contacts', { deceasedDateOfBirth: '2020-01-02', deceasedDateOfDeath: '2019-01-01' });
    expect((await jsonOf(order)).error.issues).toEqual([{ path: 'deceasedDateOfDeath', message: 'is before the date of birth' }]);
    expect((await jsonOf(owner.api.get('/api/contacts?q=Bad%20Data'))).items).toEqual([]);
  });

  it('refuses a second contact with the same email beside the field, but lets a household share a phone', async () => {
    const { api } = await signedInMember(harness);
    await create(api, { name: 'Ruth Lind', phone: '+1 773 555 0101', email: 'lind@example.com' });
    const same = await api.post('/api/contacts', { name: 'Other Lind', email: 'LIND@example.com' });
    expect(same.status).toBe(409);
    expect((await jsonOf(same)).error.issues).toEqual([{ path: 'email', message: 'already belongs to another contact' }]);
    const spouse = await create(api, { name: 'Carl Lind', phone: '773-555-0101' });
    const detail = await jsonOf(api.get(`/api/contacts/${spouse.id}`));
    expect(detail.duplicates.map((d: { name: string }) => d.name)).toEqual(['Ruth Lind']);
  });

  it('finds a contact by a misspelt name, by the deceased, by part of a phone', async () => {
    const { api } = await signedInMember(harness);
    await create(api, { name: 'Eleanor Johnson', deceasedName: 'Walter Johnson', phone: '+13125550199' });
    await create(api, { name: 'Priya Raman', phone: '+13125550777' });
    const names = async (q: string) => (await jsonOf(api.get(`/api/contacts?q=${encodeURIComponent(q)}`))).items.map((c: { name: string }) => c.name);
    expect(await names('Elanor Jonson')).toEqual(['Eleanor Johnson']);
    expect(await names('walter')).toEqual(['Eleanor Johnson']);
    expect(await names('555-0777')).toEqual(['Priya Raman']);
    expect(await names('Zebediah')).toEqual([]);
  });

  it('searches by what a record says now: a renamed contact by its new name, a merged-away one not at all', async () => {
    const { api } = await signedInMember(harness);
    const names = async (q: string) => (await jsonOf(api.get(`/api/contacts?q=${encodeURIComponent(q)}`))).items.map((c: { name: string }) => c.name);
    const renamed = await create(api, { name: 'Harriet Quimby', status: 'lead' });
    const merged = await create(api, { name: 'Ottoline Quimby' });
    const kept = await create(api, { name: 'Ottie Marsh' });
    await create(api, { name: "Seamus O'Brien", email: 'seamus.obrien@mail.example', status: 'customer' });
    expect((await api.patch(`/api/contacts/${renamed.id}`, { name: 'Harriet Fairweather' })).status).toBe(200);
    expect((await api.post(`/api/contacts/${kept.id}/merge`, { otherId: merged.id })).status).toBe(200);

    expect(await names('Fairwether')).toEqual(['Harriet Fairweather']);
    expect(await names('Quimby')).toEqual([]);
    expect(await names("o'brian")).toEqual(["Seamus O'Brien"]);
    expect(await names('seamus.obrien@mail.example')).toEqual(["Seamus O'Brien"]);
    // Search with a filter or another order goes through the filtered path: same answers.
    expect((await jsonOf(api.get('/api/contacts?q=harriet&status=lead&sort=name'))).items.map((c: { name: string }) => c.name)).toEqual(['Harriet Fairweather']);
    expect((await jsonOf(api.get('/api/contacts?q=harriet&status=customer'))).items).toEqual([]);
  });

  it('ranks the closest spelling first, newest first among equals', async () => {
    const { api } = await signedInMember(harness);
    for (const name of ['Ada Johnston', 'Ben Johnson', 'Cal Johnson']) await create(api, { name });
    const found = (await jsonOf(api.get('/api/contacts?q=johnson'))).items.map((c: { name: string }) => c.name);
    expect(found).toEqual(['Cal Johnson', 'Ben Johnson', 'Ada Johnston']);
  });

  it('filters, sorts and pages', async () => {
    const { api } = await signedInMember(harness);
    for (const [name, status] of [['Cora', 'lead'], ['Abe', 'customer'], ['Bea', 'customer']] as const) await create(api, { name, status });
    const customers = await jsonOf(api.get('/api/contacts?status=customer&sort=name'));
    expect(customers.items.map((c: { name: string }) => c.name)).toEqual(['Abe', 'Bea']);
    const first = await jsonOf(api.get('/api/contacts?sort=name&pageSize=2'));
    const second = await jsonOf(api.get('/api/contacts?sort=name&pageSize=2&page=2'));
    expect([first.items.length, first.hasMore, second.items.map((c: { name: string }) => c.name), second.hasMore]).toEqual([2, true, ['Cora'], false]);
    expect((await api.get('/api/contacts?pageSize=500')).status).toBe(400);
  });

  it("keeps what staff typed when a later call hears something else, and shows what the call changed", async () => {
    const contact = await create(owner.api, { name: 'Dolores Vega', phone: '+13125550300' });
    const activities = createContactActivities({ db: harness.db });
    await activities.saveContact({
      tenantId: owner.member.tenant.id,
      contactId: null,
      details: { ...EMPTY_CALLER_DETAILS, callerName: 'Dolores Vegas', phone: '+13125550300', deceasedName: 'Ramon Vega' },
    });
    const after = (await jsonOf(owner.api.get(`/api/contacts/${contact.id}`))).contact;
    expect(after).toMatchObject({ name: 'Dolores Vega', deceasedName: 'Ramon Vega', sources: { name: 'staff', deceasedName: 'caller' } });
  });

  it('merges a duplicate, keeping its timeline and filling the fields the kept one lacks', async () => {
    const { api } = await signedInMember(harness);
    const keep = await create(api, { name: 'Hal Berg', phone: '+13125550400' });
    const other = await create(api, { name: 'Harold Berg', phone: '+13125550400', email: 'hberg@example.com', plotNumber: 'C-7' });
    expect((await api.post(`/api/contacts/${other.id}/interactions`, { summary: 'Asked about a double plot' })).status).toBe(204);
    const merged = await jsonOf(api.post(`/api/contacts/${keep.id}/merge`, { otherId: other.id }));
    expect(merged).toMatchObject({ name: 'Hal Berg', email: 'hberg@example.com', plotNumber: 'C-7' });
    const detail = await jsonOf(api.get(`/api/contacts/${keep.id}`));
    expect(detail.interactions.map((i: { summary: string }) => i.summary)).toEqual([expect.stringMatching(/^Merged with Harold Berg/), 'Asked about a double plot']);
    expect(detail.duplicates).toEqual([]);
    expect((await api.get(`/api/contacts/${other.id}`)).status).toBe(404);
    expect((await api.post(`/api/contacts/${keep.id}/merge`, { otherId: keep.id })).status).toBe(400);
  });

  it('logs notes newest first with who wrote them', async () => {
    const contact = await create(owner.api, { name: 'Ines Duarte' });
    await owner.api.post(`/api/contacts/${contact.id}/interactions`, { summary: 'Called about flowers', occurredAt: '2026-11-30T15:00:00Z' });
    await owner.api.post(`/api/contacts/${contact.id}/interactions`, { kind: 'meeting', summary: 'Met to choose a casket', occurredAt: '2026-12-01T15:00:00Z' });
    const { interactions } = await jsonOf(owner.api.get(`/api/contacts/${contact.id}`));
    expect(interactions.map((i: { kind: string; authorName: string }) => [i.kind, i.authorName])).toEqual([
      ['meeting', expect.stringMatching(/^Member /)],
      ['note', expect.stringMatching(/^Member /)],
    ]);
    expect((await owner.api.post(`/api/contacts/${contact.id}/interactions`, { summary: '  ' })).status).toBe(400);
  });

  it('answers 404 for an unknown id or one of another organization, and 403 to a read-only member who edits', async () => {
    const contact = await create(owner.api, { name: 'Private Family' });
    const stranger = await signedInMember(harness);
    for (const response of [
      await stranger.api.get(`/api/contacts/${contact.id}`),
      await stranger.api.patch(`/api/contacts/${contact.id}`, { name: 'Taken over' }),
      await stranger.api.post(`/api/contacts/${contact.id}/interactions`, { summary: 'x' }),
      await stranger.api.post(`/api/contacts/${contact.id}/merge`, { otherId: (await create(stranger.api, { name: 'Mine' })).id }),
      await owner.api.get('/api/contacts/00000000-0000-4000-8000-000000000000'),
    ]) {
      expect(response.status).toBe(404);
    }
    expect((await stranger.api.get('/api/contacts?q=Private')).status).toBe(200);
    expect((await jsonOf(stranger.api.get('/api/contacts?q=Private'))).items).toEqual([]);
    expect((await owner.api.get('/api/contacts/not-a-uuid')).status).toBe(400);

    await upsertMembership(harness.db, { tenantId: owner.member.tenant.id, userId: stranger.member.userId, role: 'read_only' });
    const reader = clientFor(harness.app, await signIn(harness.app, stranger.member.email, stranger.member.password));
    await reader.post('/api/auth/switch-organization', { organizationId: owner.member.tenant.id });
    expect((await reader.get(`/api/contacts/${contact.id}`)).status).toBe(200);
    expect((await reader.patch(`/api/contacts/${contact.id}`, { name: 'Changed' })).status).toBe(403);
    expect((await jsonOf(owner.api.get(`/api/contacts/${contact.id}`))).contact.name).toBe('Private Family');
  });
});
