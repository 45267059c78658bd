import { describe, expect, it } from 'vitest';
import { CONTACT_FIELDS } from './contact-record.js';
import { EXPORT_HEADER, exportRow, planColumns, readCsv, readRow, writeCsv, type CsvContact } from './contact-csv.js';

const blankContact = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, null])) as unknown as CsvContact;

describe('reading a spreadsheet of contacts', () => {
  it('reads headings whatever their case and by their usual other names, and says which it leaves out', () => {
    const plan = planColumns(['NAME', 'Phone number', 'E-mail', 'Deceased', 'date of death', 'Favourite colour', 'Telephone', 'Balance due', '']);
    expect(plan.fields).toEqual(['name', 'phone', 'email', 'deceasedName', 'deceasedDateOfDeath', null, null, null, null]);
    expect(plan.ignored.map((i) => i.column)).toEqual(['Favourite colour', 'Telephone', 'Balance due']);
    expect(plan.ignored[1]!.message).toContain('“Phone number”');
  });

  it('refuses a first row that names no field at all, naming what it found', () => {
    expect(() => planColumns(['Margaret Okafor', '312 555 0142'])).toThrow(/“Margaret Okafor”, “312 555 0142”/);
  });

  it('turns what people type in spreadsheets into the fields, by the same rules as the contact form', () => {
    const plan = planColumns(['Name', 'Contract amount', 'Amount paid', 'Veteran', 'Date of birth', 'How they found us', 'Payment status', 'Phone']);
    const row = readRow(plan, ['Margaret Okafor', '$6,400.00', '1500', 'Yes', '3/9/1941', 'Walk-in', 'not started', '(312) 555-0142']);
    expect(row).toEqual({
      kind: 'ok',
      fields: {
        name: 'Margaret Okafor',
        contractAmountCents: 640000,
        amountPaidCents: 150000,
        veteran: true,
        deceasedDateOfBirth: '1941-03-09',
        leadSource: 'walk_in',
        paymentStatus: 'not_started',
        phone: '+13125550142',
      },
    });
  });

  it('names each wrong cell by the heading it has in the file', () => {
    const plan = planColumns(['Full name', 'Phone number', 'E-mail', 'Contract', 'Veteran', 'Date of death', 'Status']);
    const row = readRow(plan, ['Bad Row', '12', 'not-an-email', '-5', 'perhaps', '2026-02-30', 'unknown', 'stray']);
    expect(row.kind).toBe('invalid');
    const errors = row.kind === 'invalid' ? row.errors : [];
    expect(errors.map((e) => e.column)).toEqual(expect.arrayContaining(['Phone number', 'E-mail', 'Contract', 'Veteran', 'Date of death', 'Status', 'Column 8']));
    expect(errors.find((e) => e.column === 'Contract')!.message).toBe('cannot be negative');
    expect(errors.find((e) => e.column === 'Veteran')!.message).toBe('is yes or no');
  });

  it('passes over an empty row and leaves a blank status to the usual default', () => {
    const plan = planColumns(['Name', 'Status']);
    expect(readRow(plan, ['', '  '])).toEqual({ kind: 'blank' });
    expect(readRow(plan, ['Ada', ''])).toEqual({ kind: 'ok', fields: { name: 'Ada' } });
  });

  it('reads quoted commas, quotes and line breaks, a byte order mark, and semicolons', () => {
    expect(readCsv('\uFEFFName,Notes\r\n"Okafor, Margaret","Said ""soon""\nthen hung up"\r\n')).toEqual([
      ['Name', 'Notes'],
      ['Okafor, Margaret', 'Said "soon"\nthen hung up'],
      [''],
    ]);
    expect(readCsv('Name;Phone\nAda;312 555 0142')).toEqual([['Name', 'Phone'], ['Ada', '312 555 0142']]);
    expect(() => readCsv('Name,Notes\nAda,"never closed\n')).toThrow(/Row 2 opens a quotation mark/);
  });
});

describe('writing contacts to a spreadsheet', () => {
  it('writes one column per field with money in dollars, and quotes as RFC 4180 says', () => {
    const contact: CsvContact = {
      ...blankContact,
      name: 'Okafor, Margaret "Maggie"',
      phone: '+13125550142',
      alternatePhone: '+442079460958',
      status: 'customer',
      leadSource: 'walk_in',
      contractAmountCents: 640000,
      amountPaidCents: 150050,
      balanceDueCents: 489950,
      veteran: false,
      notes: 'Two lines\nof notes',
    };
    const csv = writeCsv([EXPORT_HEADER, exportRow(contact)]);
    const [header, row] = readCsv(csv);
    expect(header!.slice(0, 3)).toEqual(['Name', 'Family name', 'Business']);
    expect(header!.slice(-3)).toEqual(['Payment status', 'Notes', 'Balance due']);
    const cell = (heading: string) => row![header!.indexOf(heading)];
    expect([cell('Name'), cell('Phone'), cell('Other phone'), cell('How they found us'), cell('Veteran')]).toEqual([
      'Okafor, Margaret "Maggie"',
      '(312) 555-0142',
      "'+44 20 7946 0958",
      'walk in',
      'No',
    ]);
    expect([cell('Contract amount'), cell('Amount paid'), cell('Balance due'), cell('Notes')]).toEqual(['6400.00', '1500.50', '4899.50', 'Two lines\nof notes']);
    expect(csv).toContain('"Okafor, Margaret ""Maggie"""');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula, but not before a negative amount', () => {
    const csv = writeCsv([['Name', 'Balance due'], ['=HYPERLINK("http://evil")', '-20.00'], ['@SUM(A1)', '+1'], ['-2+3', '0.00']]);
    expect(readCsv(csv).slice(1, 4)).toEqual([
      ["'=HYPERLINK(\"http://evil\")", '-20.00'],
      ["'@SUM(A1)", "'+1"],
      ["'-2+3", '0.00'],
    ]);
  });

  it('reads its own export back into the same fields', () => {
    const contact: CsvContact = { ...blankContact, name: '=cmd', phone: '+442079460958', serviceType: 'burial', paymentStatus: 'not_started', contractAmountCents: 845000, balanceDueCents: 845000, veteran: true, deceasedDateOfDeath: '2026-11-28' };
    const [header, row] = readCsv(writeCsv([EXPORT_HEADER, exportRow(contact)]));
    const plan = planColumns(header!);
    expect(plan.ignored).toEqual([{ column: 'Balance due', message: expect.stringContaining('worked out') }]);
    expect(readRow(plan, row!)).toEqual({
      kind: 'ok',
      fields: { name: '=cmd', phone: '+442079460958', serviceType: 'burial', paymentStatus: 'not_started', contractAmountCents: 845000, veteran: true, deceasedDateOfDeath: '2026-11-28' },
    });
  });
});
