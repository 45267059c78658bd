import Papa from 'papaparse';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { AppError } from '../app-error.js';
import { contactFormSchema, DEFAULT_PHONE_COUNTRY, fieldsFromForm, type ContactField, type ContactFieldValues } from './contact-record.js';

/**
 * How a cell is read from a spreadsheet and written to one. The rules of each field stay in
 * contactFormSchema; this only turns what people type in spreadsheets ("$6,400.00", "Yes",
 * "3/9/1941", "Walk-in") into the values those rules read.
 */
type Kind = 'text' | 'phone' | 'choice' | 'date' | 'money' | 'yesNo';

type Column = { header: string; kind: Kind; also: readonly string[] };

/** Every field's column, in the order they are exported; `also` are the other headings it goes by. */
const COLUMNS: Record<ContactField, Column> = {
  name: { header: 'Name', kind: 'text', also: ['Contact name', 'Full name', 'Contact', 'Caller name', 'Caller'] },
  familyName: { header: 'Family name', kind: 'text', also: ['Family'] },
  businessName: { header: 'Business', kind: 'text', also: ['Business name', 'Company', 'Organization', 'Organisation'] },
  phone: { header: 'Phone', kind: 'phone', also: ['Phone number', 'Telephone', 'Tel', 'Mobile', 'Cell', 'Cell phone'] },
  alternatePhone: { header: 'Other phone', kind: 'phone', also: ['Alternate phone', 'Alternative phone', 'Second phone', 'Phone 2', 'Work phone'] },
  email: { header: 'Email', kind: 'text', also: ['E-mail', 'Email address', 'E-mail address', 'Mail'] },
  address: { header: 'Address', kind: 'text', also: ['Street address', 'Mailing address', 'Home address'] },
  status: { header: 'Status', kind: 'choice', also: ['Contact status', 'Stage'] },
  leadSource: { header: 'How they found us', kind: 'choice', also: ['Lead source', 'Source', 'Referral source'] },
  preferredLanguage: { header: 'Preferred language', kind: 'text', also: ['Language'] },
  secondaryLanguage: { header: 'Second language', kind: 'text', also: ['Secondary language', 'Other language'] },
  ethnicOrientation: { header: 'Cultural background', kind: 'text', also: ['Ethnic orientation', 'Ethnicity', 'Culture'] },
  deceasedName: { header: 'Deceased', kind: 'text', also: ['Deceased name', 'Name of the deceased', 'Decedent', 'Person who died'] },
  relationship: { header: 'Relationship', kind: 'choice', also: ['Relationship to the deceased', 'Relationship to deceased', 'Relationship to the caller'] },
  deceasedDateOfBirth: { header: 'Date of birth', kind: 'date', also: ['Deceased date of birth', 'Birth date', 'Born', 'DOB'] },
  deceasedDateOfDeath: { header: 'Date of death', kind: 'date', also: ['Deceased date of death', 'Death date', 'Died', 'DOD'] },
  serviceType: { header: 'Service', kind: 'choice', also: ['Service type', 'Type of service'] },
  serviceDate: { header: 'Service date', kind: 'date', also: ['Date of service'] },
  serviceLocation: { header: 'Service location', kind: 'text', also: ['Location', 'Venue', 'Place of service'] },
  religiousPreference: { header: 'Religious preference', kind: 'text', also: ['Religion', 'Faith'] },
  veteran: { header: 'Veteran', kind: 'yesNo', also: ['Veteran status', 'Is veteran'] },
  specialRequests: { header: 'Special requests', kind: 'text', also: ['Requests', 'Special needs'] },
  plotNumber: { header: 'Plot number', kind: 'text', also: ['Plot', 'Plot no', 'Grave', 'Lot'] },
  plotType: { header: 'Plot type', kind: 'text', also: ['Type of plot', 'Grave type'] },
  contractAmountCents: { header: 'Contract amount', kind: 'money', also: ['Contract', 'Contract total', 'Contract value', 'Total'] },
  amountPaidCents: { header: 'Amount paid', kind: 'money', also: ['Paid', 'Payments', 'Paid to date'] },
  paymentPlan: { header: 'Payment plan', kind: 'text', also: ['Plan'] },
  paymentStatus: { header: 'Payment status', kind: 'choice', also: ['Payment'] },
  notes: { header: 'Notes', kind: 'text', also: ['Note', 'Comments', 'Comment'] },
};

const FIELDS = Object.keys(COLUMNS) as ContactField[];

/** Worked out from the two amounts: exported for reading, and left alone when a file brings it back. */
const BALANCE_DUE = 'Balance due';

/** The form's names for the money fields, whose rules (dollars, two decimals) the import reads by. */
const FORM_KEY: Partial<Record<ContactField, 'contractAmount' | 'amountPaid'>> = { contractAmountCents: 'contractAmount', amountPaidCents: 'amountPaid' };

/** "E-mail", "e mail" and "EMAIL" are one heading: case, spaces and punctuation are not read. */
const headingKey = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const FIELD_BY_HEADING = new Map<string, ContactField>(
  FIELDS.flatMap((field) => [COLUMNS[field].header, ...COLUMNS[field].also].map((heading) => [headingKey(heading), field] as const)),
);

export type CellError = { column: string; message: string };

/** Which field each column of a file fills (null: left out), and what is said about the others. */
export type ColumnPlan = { fields: Array<ContactField | null>; headings: string[]; ignored: CellError[] };

export function planColumns(header: readonly string[]): ColumnPlan {
  const headings = header.map((heading) => unguard(heading).trim());
  const taken = new Map<ContactField, string>();
  const ignored: CellError[] = [];
  const fields = headings.map((heading, index) => {
    const column = heading || `Column ${index + 1}`;
    const field = FIELD_BY_HEADING.get(headingKey(heading));
    if (headingKey(heading) === headingKey(BALANCE_DUE)) {
      ignored.push({ column, message: 'is worked out from the contract amount and the amount paid, so it is not read' });
    } else if (!field) {
      if (heading !== '') ignored.push({ column, message: 'is not a field we keep, so it will be left out' });
    } else if (taken.has(field)) {
      ignored.push({ column, message: `fills the same field as the column “${taken.get(field)}”, so only that one is read` });
    } else {
      taken.set(field, column);
      return field;
    }
    return null;
  });
  if (taken.size === 0) {
    const named = headings.filter(Boolean).map((h) => `“${h}”`).join(', ') || 'an empty row';
    throw new AppError('invalid_input', `The first row should name the columns, for example Name, Phone, Email. It has ${named}, and none of these is a field we keep.`, {
      issues: [{ path: 'header', message: `none of ${named} is a field we keep` }],
    });
  }
  return { fields, headings, ignored };
}

/** What one row of a file became: the fields to store, the problems to fix, or nothing at all. */
export type RowReading = { kind: 'blank' } | { kind: 'ok'; fields: ContactFieldValues } | { kind: 'invalid'; errors: CellError[] };

/**
 * One row read with the file's columns. A blank cell leaves the field out, so a new contact gets
 * the usual status and lead source; a cell past the last heading is a problem only if it holds text.
 */
export function readRow(plan: ColumnPlan, cells: readonly string[], country: CountryCode = DEFAULT_PHONE_COUNTRY): RowReading {
  const values: Record<string, unknown> = {};
  const columnOf: Record<string, string> = {};
  const errors: CellError[] = [];
  let blank = true;
  cells.forEach((raw, index) => {
    const cell = unguard(raw).trim();
    if (cell === '') return;
    blank = false;
    const field = plan.fields[index];
    if (index >= plan.fields.length) errors.push({ column: `Column ${index + 1}`, message: 'has no heading in the first row, so we cannot tell what it is' });
    if (!field) return;
    const key = FORM_KEY[field] ?? field;
    values[key] = readCell(COLUMNS[field].kind, cell);
    columnOf[key] = plan.headings[index] || COLUMNS[field].header;
  });
  if (blank) return { kind: 'blank' };

  const parsed = contactFormSchema(country).safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      errors.push({ column: columnOf[key] ?? key, message: issue.message });
    }
  }
  if (errors.length > 0 || !parsed.success) return { kind: 'invalid', errors };
  return { kind: 'ok', fields: fieldsFromForm(parsed.data) };
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A value the schema can judge; what cannot be read is passed on as typed, for the schema's own words. */
function readCell(kind: Kind, cell: string): unknown {
  switch (kind) {
    case 'money': {
      // "$6,400.00" as a spreadsheet shows money; Number('') would be 0, but blanks never get here.
      return Number(cell.replace(/[$,\s]/g, ''));
    }
    case 'yesNo': {
      const word = cell.toLowerCase();
      return YES.has(word) ? true : NO.has(word) ? false : cell;
    }
    case 'date': {
      // Spreadsheets set to the United States save dates as month/day/year.
      const us = US_DATE.exec(cell);
      return us ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}` : cell;
    }
    case 'choice':
      // The stored codes as words: "Walk-in", "walk in" and "walk_in" are all walk_in.
      return cell.toLowerCase().replace(/[\s-]+/g, '_');
    case 'text':
    case 'phone':
      return cell;
  }
}

/** What an exported row is made of: every field as stored, and the balance the database keeps. */
export type CsvContact = { [K in ContactField]: string | number | boolean | null } & { balanceDueCents: number };

/** The first row of an export: one heading per field, then the balance due. */
export const EXPORT_HEADER: readonly string[] = [...FIELDS.map((field) => COLUMNS[field].header), BALANCE_DUE];

const dollars = (cents: number) => (cents / 100).toFixed(2);

function writeCell(kind: Kind, value: string | number | boolean | null, country: CountryCode): string {
  if (value === null) return '';
  switch (kind) {
    case 'money':
      return dollars(Number(value));
    case 'yesNo':
      return value ? 'Yes' : 'No';
    case 'choice':
      return String(value).replace(/_/g, ' ');
    case 'phone': {
      // Written as people dial it at home, with the country code when it is abroad.
      const parsed = parsePhoneNumberFromString(String(value));
      if (!parsed) return String(value);
      return parsed.country === country ? parsed.formatNational() : parsed.formatInternational();
    }
    case 'text':
    case 'date':
      return String(value);
  }
}

export function exportRow(contact: CsvContact, country: CountryCode = DEFAULT_PHONE_COUNTRY): string[] {
  return [...FIELDS.map((field) => writeCell(COLUMNS[field].kind, contact[field], country)), dollars(contact.balanceDueCents)];
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula,
 * which a caller's "name" could use to run commands or leak the sheet. Such a cell gets a leading
 * apostrophe, which spreadsheets show as text and drop; a plain number (a negative balance) is no formula.
 */
const FORMULA_START = /^(?!-?\d+(?:\.\d+)?$)[=+\-@\t\r]/;

/** The apostrophe the export guard adds, taken off again when a file comes back. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * RFC 4180: commas, quotes and line breaks are quoted, lines end with CRLF. The byte order mark
 * tells Excel the file is UTF-8, so "Zoë" and "Nguyễn" open as written.
 */
export function writeCsv(rows: ReadonlyArray<readonly string[]>): string {
  return `\uFEFF${Papa.unparse(rows as string[][], { newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}

/** Every row of a CSV file (the first is its headings); the comma, semicolon or tab it uses is found by itself. */
export function readCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const unclosed = result.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) {
    const row = (unclosed.row ?? 0) + 1;
    throw new AppError('invalid_input', `Row ${row} opens a quotation mark that is never closed, so the rest of the file cannot be read. Save the file again from your spreadsheet and choose it again.`, {
      issues: [{ path: `row ${row}`, message: 'has a quotation mark that is never closed' }],
    });
  }
  return result.data;
}
