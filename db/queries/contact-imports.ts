import { sql } from 'kysely';
import type { ContactFieldValues } from '../../domain/contacts/contact-record.js';
import type { Executor, Tx } from '../executor.js';
import { isUniqueViolation } from '../postgres-errors.js';
import { insertContactRecord } from './contact-records.js';

/**
 * Makes the chunks of one import wait for each other: a retried chunk sent while the first
 * sending is still at work then finds its rows imported instead of racing it.
 */
export async function lockImport(tx: Tx, input: { tenantId: string; importId: string }): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`contact-import:${input.tenantId}:${input.importId}`}, 0))`.execute(tx);
}

/** The rows of an import that already became contacts. */
export async function findImportedRows(db: Executor, input: { tenantId: string; importId: string; rowNumbers: number[] }): Promise<Set<number>> {
  if (input.rowNumbers.length === 0) return new Set();
  const rows = await db
    .selectFrom('contact_imports')
    .select('row_number')
    .where('tenant_id', '=', input.tenantId)
    .where('import_id', '=', input.importId)
    .where('row_number', 'in', input.rowNumbers)
    .execute();
  return new Set(rows.map((r) => r.row_number));
}

/**
 * One row of an import becomes a contact, remembered under its row number. When another contact
 * has the email (one added since the file was checked, or an earlier row of the same file), only
 * this row is undone, under a savepoint, and the rest of the chunk goes on.
 */
export async function insertImportedContact(
  tx: Tx,
  input: { tenantId: string; importId: string; rowNumber: number; fields: ContactFieldValues },
): Promise<{ created: true } | { created: false; emailTakenBy: string }> {
  await sql`SAVEPOINT import_row`.execute(tx);
  try {
    const contact = await insertContactRecord(tx, { tenantId: input.tenantId, fields: input.fields, createdBy: 'import' });
    await tx.insertInto('contact_imports').values({ tenant_id: input.tenantId, import_id: input.importId, row_number: input.rowNumber, contact_id: contact.id }).execute();
    await sql`RELEASE SAVEPOINT import_row`.execute(tx);
    return { created: true };
  } catch (error) {
    if (!isUniqueViolation(error, 'contacts_tenant_email_key') || !input.fields.email) throw error;
    await sql`ROLLBACK TO SAVEPOINT import_row`.execute(tx);
    const taken = await findContactsByEmail(tx, { tenantId: input.tenantId, emails: [input.fields.email] });
    return { created: false, emailTakenBy: taken.get(input.fields.email) ?? input.fields.email };
  }
}

/** The contacts that already have these emails, by email, with the name staff know them by. */
export async function findContactsByEmail(db: Executor, input: { tenantId: string; emails: string[] }): Promise<Map<string, string>> {
  if (input.emails.length === 0) return new Map();
  const rows = await db
    .selectFrom('contacts')
    .select(['email', sql<string>`coalesce(name, family_name, business_name, email)`.as('known_as')])
    .where('tenant_id', '=', input.tenantId)
    .where('email', 'in', input.emails)
    .execute();
  return new Map(rows.map((r) => [r.email!, r.known_as]));
}
