import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../../domain/contacts/contact-csv.js';
import { clientFor, signedInMember, type ApiClient } from '../../../testing/api-client.js';
import { signIn, startApiHarness } from '../../../testing/api-harness.js';
import { jsonOf } from '../../../testing/json-body.js';
import { addMember } from '../../../testing/organizations.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
});
afterAll(() => harness.stop());

const header = ['Full name', 'Phone number', 'E-mail', 'Deceased', 'Date of death', 'Contract amount', 'Amount paid', 'Veteran', 'Favourite hymn'];
const goodRows = [
  ['Margaret Okafor', '(312) 555-0142', 'margaret@example.com', 'Samuel Okafor', '2026-11-28', '$6,400.00', '1,500', 'Yes', 'Abide with me'],
  ['Ruth Lind', '773 555 0101', '', '', '', '', '', 'no', ''],
];
const badRow = ['Bad Row', '12', 'not-an-email', '', '2026-02-30', '-5', '', 'perhaps', ''];

async function exportOf(api: ApiClient, query = '') {
  const response = await api.get(`/api/contacts/export.csv${query}`);
  expect(response.status).toBe(200);
  const text = await response.text();
  const [head, ...rows] = readCsv(text).filter((row) => row.some((cell) => cell !== ''));
  return { response, text, head: head!, rows, column: (row: string[], heading: string) => row[head!.indexOf(heading)] };
}

describe('importing contacts from a spreadsheet', () => {
  it('checks each row, naming the bad cells by their heading and each left-out column once, and stores nothing', async () => {
    const { api } = await signedInMember(harness);
    const response = await api.post('/api/contacts/import/check', { header, rows: [goodRows[0], [], badRow, goodRows[1]], firstRowNumber: 2 });
    expect(response.status).toBe(200);
    const check = await jsonOf(response);
    expect(check.counts).toEqual({ rows: 3, ok: 2, invalid: 1 });
    expect(check.ignoredColumns).toEqual([{ column: 'Favourite hymn', message: expect.stringContaining('left out') }]);
    expect(check.columns.slice(0, 3)).toEqual([
      { column: 'Full name', field: 'name' },
      { column: 'Phone number', field: 'phone' },
      { column: 'E-mail', field: 'email' },
    ]);
    expect(check.rows.map((r: { row: number; ok: boolean }) => [r.row, r.ok])).toEqual([[2, true], [4, false], [5, true]]);
    const bad = check.rows.find((r: { row: number }) => r.row === 4);
    expect(bad.errors.map((e: { column: string }) => e.column)).toEqual(expect.arrayContaining(['Phone number', 'E-mail', 'Date of death', 'Contract amount', 'Veteran']));
    expect(bad.errors).toContainEqual({ column: 'Contract amount', message: 'cannot be negative' });
    expect((await jsonOf(api.get('/api/contacts'))).items).toEqual([]);
  });

  it('answers 400 naming the headings when the first row names no field', async () => {
    const { api } = await signedInMember(harness);
    const response = await api.post('/api/contacts/import/check', { header: ['Margaret Okafor', '(312) 555-0142'], rows: [], firstRowNumber: 2 });
    expect(response.status).toBe(400);
    const body = await jsonOf(response);
    expect(body.error.message).toContain('“Margaret Okafor”, “(312) 555-0142”');
    expect(body.error.issues).toEqual([{ path: 'header', message: expect.stringContaining('Margaret Okafor') }]);
  });

  it('imports nothing while a row is bad, the good rows when asked, and nothing more when a chunk is sent again', async () => {
    const { api } = await signedInMember(harness);
    const chunk = { importId: randomUUID(), header, rows: [goodRows[0], badRow, goodRows[1]], firstRowNumber: 2 };

    const refused = await api.post('/api/contacts/import', { ...chunk, skipInvalid: false });
    expect(refused.status).toBe(400);
    const error = (await jsonOf(refused)).error;
    expect(error.message).toContain('nothing was imported');
    expect(error.issues).toContainEqual({ path: 'row 3: Contract amount', message: 'cannot be negative' });
    expect((await jsonOf(api.get('/api/contacts'))).items).toEqual([]);

    const imported = await jsonOf(api.post('/api/contacts/import', { ...chunk, skipInvalid: true }));
    expect(imported).toMatchObject({ created: 2, alreadyImported: 0, skipped: [{ row: 3, ok: false }] });
    const contacts = (await jsonOf(api.get('/api/contacts?sort=name'))).items;
    expect(contacts.map((c: { name: string }) => c.name)).toEqual(['Margaret Okafor', 'Ruth Lind']);
    expect(contacts[0]).toMatchObject({
      phone: '+13125550142',
      email: 'margaret@example.com',
      deceasedName: 'Samuel Okafor',
      deceasedDateOfDeath: '2026-11-28',
      contractAmountCents: 640000,
      amountPaidCents: 150000,
      balanceDueCents: 490000,
      veteran: true,
      createdBy: 'import',
      status: 'lead',
    });
    expect(contacts[1].veteran).toBe(false);

    const again = await jsonOf(api.post('/api/contacts/import', { ...chunk, skipInvalid: true }));
    expect(again).toMatchObject({ created: 0, alreadyImported: 2, skipped: [{ row: 3 }] });
    expect((await jsonOf(api.get('/api/contacts'))).items).toHaveLength(2);
  });

  it('reports a row whose email belongs to a contact already, or to an earlier row, as a row to fix', async () => {
    const { api } = await signedInMember(harness);
    expect((await api.post('/api/contacts', { name: 'Hal Berg', email: 'hberg@example.com' })).status).toBe(201);
    const rows = [['Harold Berg', 'HBerg@example.com'], ['Ines Duarte', 'ines@example.com'], ['Ines D.', 'ines@example.com']];
    const check = await jsonOf(api.post('/api/contacts/import/check', { header: ['Name', 'Email'], rows, firstRowNumber: 2 }));
    expect(check.rows).toEqual([
      { row: 2, ok: false, errors: [{ column: 'Email', message: 'already a contact: Hal Berg' }] },
      { row: 3, ok: true, errors: [] },
      { row: 4, ok: false, errors: [{ column: 'Email', message: 'is the same email as row 3' }] },
    ]);
    const importId = randomUUID();
    const imported = await jsonOf(api.post('/api/contacts/import', { importId, header: ['Name', 'Email'], rows, firstRowNumber: 2, skipInvalid: true }));
    expect([imported.created, imported.skipped.map((r: { row: number }) => r.row)]).toEqual([1, [2, 4]]);
    // A later chunk of the same file meets the contact an earlier chunk made.
    const later = await jsonOf(api.post('/api/contacts/import', { importId, header: ['Name', 'Email'], rows: [['Ines again', 'ines@example.com']], firstRowNumber: 300, skipInvalid: true }));
    expect(later.skipped).toEqual([{ row: 300, ok: false, errors: [{ column: 'Email', message: 'already a contact: Ines Duarte' }] }]);
  });

  it('lets a read-only member export but not import, and keeps every row inside its organization', async () => {
    const owner = await signedInMember(harness);
    const importId = randomUUID();
    const chunk = { importId, header: ['Name'], rows: [['Private Family']], firstRowNumber: 2, skipInvalid: false };
    expect((await jsonOf(owner.api.post('/api/contacts/import', chunk))).created).toBe(1);

    const reader = await addMember(harness.db, owner.member.tenant, 'read_only');
    const readOnly = clientFor(harness.app, await signIn(harness.app, reader.email, reader.password));
    expect((await readOnly.post('/api/contacts/import/check', { header: ['Name'], rows: [], firstRowNumber: 2 })).status).toBe(403);
    expect((await readOnly.post('/api/contacts/import', chunk)).status).toBe(403);
    expect((await exportOf(readOnly)).rows.map((r) => r[0])).toEqual(['Private Family']);

    // The same import id and row in another organization is a different import altogether.
    const stranger = await signedInMember(harness);
    expect((await exportOf(stranger.api)).rows).toEqual([]);
    expect((await jsonOf(stranger.api.get('/api/contacts?q=Private'))).items).toEqual([]);
    expect(await jsonOf(stranger.api.post('/api/contacts/import', { ...chunk, rows: [['Their Own']] }))).toMatchObject({ created: 1, alreadyImported: 0 });
    expect((await exportOf(stranger.api)).rows.map((r) => r[0])).toEqual(['Their Own']);
    expect((await exportOf(owner.api)).rows.map((r) => r[0])).toEqual(['Private Family']);
  });
});

describe('exporting contacts to a spreadsheet', () => {
  it('writes every contact the filters match, one column per field, quoted, with formulas made harmless', async () => {
    const { member, api } = await signedInMember(harness);
    await api.post('/api/contacts', { name: 'Okafor, Margaret "Maggie"', phone: '+13125550142', status: 'customer', contractAmountCents: 845000, amountPaidCents: 200050, notes: 'Two lines\nof notes' });
    await api.post('/api/contacts', { name: '=HYPERLINK("http://evil.example")', status: 'customer', plotNumber: '@A1', familyName: '-2+3' });
    await api.post('/api/contacts', { name: 'Just a Lead', status: 'lead' });

    const all = await exportOf(api, '?status=customer&sort=name');
    const today = DateTime.now().setZone(member.tenant.settings.timeZone).toISODate();
    expect(all.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(all.response.headers.get('content-disposition')).toBe(`attachment; filename="contacts-${today}.csv"`);
    expect(all.head.slice(0, 4)).toEqual(['Name', 'Family name', 'Business', 'Phone']);
    expect(all.head.slice(-3)).toEqual(['Payment status', 'Notes', 'Balance due']);
    expect(all.head).toEqual(expect.arrayContaining(['Contract amount', 'Amount paid', 'Deceased', 'Date of death', 'Plot number']));
    expect(all.rows).toHaveLength(2);
    const [guarded, okafor] = all.rows as [string[], string[]];
    expect([all.column(okafor, 'Name'), all.column(okafor, 'Phone'), all.column(okafor, 'Status'), all.column(okafor, 'Notes')]).toEqual([
      'Okafor, Margaret "Maggie"',
      '(312) 555-0142',
      'customer',
      'Two lines\nof notes',
    ]);
    expect([all.column(okafor, 'Contract amount'), all.column(okafor, 'Amount paid'), all.column(okafor, 'Balance due')]).toEqual(['8450.00', '2000.50', '6449.50']);
    expect(all.text).toContain('"Okafor, Margaret ""Maggie"""');
    expect(all.text).toContain('\r\n');
    expect([all.column(guarded, 'Name'), all.column(guarded, 'Plot number'), all.column(guarded, 'Family name')]).toEqual([
      `'=HYPERLINK("http://evil.example")`,
      "'@A1",
      "'-2+3",
    ]);

    const searched = await exportOf(api, '?q=just%20lead');
    expect(searched.rows.map((r) => r[0])).toEqual(['Just a Lead']);
    expect((await api.get('/api/contacts/export.csv?status=nobody')).status).toBe(400);
  });

  it('pages through all of them, not just the first page', async () => {
    const { api } = await signedInMember(harness);
    const rows = Array.from({ length: 612 }, (_, i) => [`Family ${String(i).padStart(3, '0')}`]);
    const imported = await jsonOf(api.post('/api/contacts/import', { importId: randomUUID(), header: ['Name'], rows, firstRowNumber: 2, skipInvalid: false }));
    expect(imported.created).toBe(612);
    const exported = await exportOf(api, '?sort=name');
    expect(exported.rows.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
  });
});
