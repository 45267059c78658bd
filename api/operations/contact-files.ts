import { DateTime } from 'luxon';
import { AppError } from '../../domain/app-error.js';
import { EXPORT_HEADER, exportRow, planColumns, readRow, writeCsv, type CellError, type ColumnPlan } from '../../domain/contacts/contact-csv.js';
import type { ContactField, ContactFieldValues } from '../../domain/contacts/contact-record.js';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/executor.js';
import { withOrganization } from '../../db/organization-scope.js';
import { findContactsByEmail, findImportedRows, insertImportedContact, lockImport } from '../../db/queries/contact-imports.js';
import { listContactRecords, type ContactQuery } from '../../db/queries/contact-records.js';

type Scope = { db: Database; tenantId: string };

/** How many contacts an export reads at a time; a page of the list is far too small for a whole file. */
const EXPORT_PAGE = 500;

/**
 * Every contact the filters match, as a CSV file named for the organization's today. Read in one
 * transaction, page after page, in the list's own order.
 */
export function exportContacts(
  scope: Scope & { timeZone: string },
  filters: Omit<ContactQuery, 'tenantId' | 'limit' | 'offset'>,
  now: Date,
): Promise<{ csv: string; fileName: string }> {
  return withOrganization(scope.db, scope.tenantId, async (tx) => {
    const rows: string[][] = [[...EXPORT_HEADER]];
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const page = await listContactRecords(tx, { ...filters, tenantId: scope.tenantId, limit: EXPORT_PAGE, offset });
      rows.push(...page.items.map((contact) => exportRow(contact)));
      if (!page.hasMore) break;
    }
    const today = DateTime.fromJSDate(now, { zone: scope.timeZone }).toISODate();
    return { csv: writeCsv(rows), fileName: `contacts-${today}.csv` };
  });
}

/** A chunk of a file as the browser sends it: the headings, and rows numbered as a spreadsheet shows them. */
export type ContactRows = { header: string[]; rows: string[][]; firstRowNumber: number };
export type RowResult = { row: number; ok: boolean; errors: CellError[] };

type CheckedRow = { row: number; fields: ContactFieldValues | null; errors: CellError[] };

/**
 * Reads each row by the file's headings and finds the emails that belong to a contact already
 * or come twice in the chunk. Blank rows are passed over and not counted.
 */
async function checkRows(tx: Tx, tenantId: string, plan: ColumnPlan, input: ContactRows, skip: Set<number>): Promise<CheckedRow[]> {
  const checked = input.rows.flatMap((cells, index): CheckedRow[] => {
    const row = input.firstRowNumber + index;
    if (skip.has(row)) return [];
    const reading = readRow(plan, cells);
    if (reading.kind === 'blank') return [];
    return [reading.kind === 'ok' ? { row, fields: reading.fields, errors: [] } : { row, fields: null, errors: reading.errors }];
  });

  const emails = checked.flatMap((r) => (r.fields?.email ? [r.fields.email] : []));
  const known = await findContactsByEmail(tx, { tenantId, emails });
  const firstRowWith = new Map<string, number>();
  for (const row of checked) {
    const email = row.fields?.email;
    if (!email) continue;
    const earlier = firstRowWith.get(email);
    if (known.has(email)) row.errors.push(alreadyAContact(plan, known.get(email)!));
    else if (earlier !== undefined) row.errors.push({ column: headingOf(plan, 'email'), message: `is the same email as row ${earlier}` });
    else firstRowWith.set(email, row.row);
    if (row.errors.length > 0) row.fields = null;
  }
  return checked;
}

function headingOf(plan: ColumnPlan, field: ContactField): string {
  return plan.headings[plan.fields.indexOf(field)] ?? field;
}

const alreadyAContact = (plan: ColumnPlan, knownAs: string): CellError => ({ column: headingOf(plan, 'email'), message: `already a contact: ${knownAs}` });

const resultOf = (row: CheckedRow): RowResult => ({ row: row.row, ok: row.errors.length === 0, errors: row.errors });

/** What importing this chunk would do, changing nothing. */
export async function checkContactRows(scope: Scope, input: ContactRows) {
  const plan = planColumns(input.header);
  return withOrganization(scope.db, scope.tenantId, async (tx) => {
    const rows = (await checkRows(tx, scope.tenantId, plan, input, new Set())).map(resultOf);
    const ok = rows.filter((r) => r.ok).length;
    return {
      columns: plan.headings.map((column, index) => ({ column, field: plan.fields[index] ?? null })),
      ignoredColumns: plan.ignored,
      rows,
      counts: { rows: rows.length, ok, invalid: rows.length - ok },
    };
  });
}

function rowsRefused(invalid: RowResult[]): AppError {
  const count = invalid.length === 1 ? 'One row has' : `${invalid.length} rows have`;
  return new AppError('invalid_input', `${count} something to fix, so nothing was imported. Fix them, or import only the rows without problems.`, {
    issues: invalid.flatMap((r) => r.errors.map((e) => ({ path: `row ${r.row}: ${e.column}`, message: e.message }))),
  });
}

/**
 * Imports a chunk in one transaction. With a row to fix and `skipInvalid` false nothing is kept;
 * otherwise the good rows become contacts and the others are reported. A row this import already
 * brought in (the same chunk sent again) is counted, not made twice.
 */
export async function importContactRows(scope: Scope, input: ContactRows & { importId: string; skipInvalid: boolean }) {
  const plan = planColumns(input.header);
  return withOrganization(scope.db, scope.tenantId, async (tx) => {
    const { tenantId } = scope;
    await lockImport(tx, { tenantId, importId: input.importId });
    const rowNumbers = input.rows.map((_, index) => input.firstRowNumber + index);
    const done = await findImportedRows(tx, { tenantId, importId: input.importId, rowNumbers });
    const checked = await checkRows(tx, tenantId, plan, input, done);

    const skipped = checked.filter((r) => r.errors.length > 0).map(resultOf);
    if (skipped.length > 0 && !input.skipInvalid) throw rowsRefused(skipped);
    let created = 0;
    for (const row of checked) {
      if (!row.fields) continue;
      const result = await insertImportedContact(tx, { tenantId, importId: input.importId, rowNumber: row.row, fields: row.fields });
      if (result.created) created += 1;
      else skipped.push({ row: row.row, ok: false, errors: [alreadyAContact(plan, result.emailTakenBy)] });
    }
    if (skipped.length > 0 && !input.skipInvalid) throw rowsRefused(skipped);
    return { created, alreadyImported: done.size, skipped: skipped.sort((a, b) => a.row - b.row) };
  });
}
