import { randomUUID } from 'node:crypto';
import { AppError } from '../../domain/app-error.js';
import type { ContactFieldValues } from '../../domain/contacts/contact-record.js';
import type { Database } from '../../db/database.js';
import { withOrganization } from '../../db/organization-scope.js';
import { isUniqueViolation } from '../../db/postgres-errors.js';
import {
  findContactRecord,
  findPossibleDuplicates,
  insertContactRecord,
  listContactRecords,
  mergeContactRecords,
  updateContactRecord,
  type ContactQuery,
  type ContactRecord,
} from '../../db/queries/contact-records.js';
import { insertStaffInteraction, listInteractions } from '../../db/queries/contact-interactions.js';

const TIMELINE_LENGTH = 200;

type Scope = { db: Database; tenantId: string };

function notFound(id: string): AppError {
  return new AppError('not_found', `No contact ${id} in this organization.`);
}

/** The email is the one field two contacts may not share; say so beside the field. */
async function guardEmail<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'contacts_tenant_email_key')) {
      throw new AppError('conflict', 'Another contact already has this email. Open that contact, or merge the two.', {
        issues: [{ path: 'email', message: 'already belongs to another contact' }],
      });
    }
    if (error instanceof Error && /contacts_dates_in_order/.test(error.message)) {
      throw new AppError('invalid_input', 'The date of death is before the date of birth.', {
        issues: [{ path: 'deceasedDateOfDeath', message: 'is before the date of birth' }],
      });
    }
    throw error;
  }
}

export function listContacts(scope: Scope, query: Omit<ContactQuery, 'tenantId'>) {
  return withOrganization(scope.db, scope.tenantId, (tx) => listContactRecords(tx, { ...query, tenantId: scope.tenantId }));
}

/** The whole record with its timeline and the contacts that may be the same person. */
export function getContact(scope: Scope, id: string) {
  return withOrganization(scope.db, scope.tenantId, async (tx) => {
    const contact = await findContactRecord(tx, { tenantId: scope.tenantId, id });
    if (!contact) throw notFound(id);
    const [interactions, duplicates] = await Promise.all([
      listInteractions(tx, { tenantId: scope.tenantId, contactId: id, limit: TIMELINE_LENGTH }),
      findPossibleDuplicates(tx, { tenantId: scope.tenantId, contact }),
    ]);
    return { contact, interactions, duplicates };
  });
}

export function createContact(scope: Scope, fields: ContactFieldValues, createdBy: 'staff' | 'import' = 'staff'): Promise<ContactRecord> {
  return guardEmail(() => withOrganization(scope.db, scope.tenantId, (tx) => insertContactRecord(tx, { tenantId: scope.tenantId, fields, createdBy })));
}

export function updateContact(scope: Scope, id: string, fields: ContactFieldValues): Promise<ContactRecord> {
  return guardEmail(() =>
    withOrganization(scope.db, scope.tenantId, async (tx) => {
      const updated = await updateContactRecord(tx, { tenantId: scope.tenantId, id, fields });
      if (!updated) throw notFound(id);
      return updated;
    }),
  );
}

/** Keeps `keepId`, folding the other contact (its calls, timeline, appointments, tasks) into it. */
export function mergeContacts(scope: Scope & { userId: string }, keepId: string, mergeId: string): Promise<ContactRecord> {
  if (keepId === mergeId) throw new AppError('invalid_input', 'A contact cannot be merged with itself.', { issues: [{ path: 'otherId', message: 'is this same contact' }] });
  return withOrganization(scope.db, scope.tenantId, async (tx) => {
    const other = await findContactRecord(tx, { tenantId: scope.tenantId, id: mergeId });
    const merged = await mergeContactRecords(tx, { tenantId: scope.tenantId, keepId, mergeId });
    if (!merged || !other) throw notFound(merged ? mergeId : keepId);
    await insertStaffInteraction(tx, {
      tenantId: scope.tenantId,
      contactId: keepId,
      kind: 'note',
      summary: `Merged with ${other.name ?? other.email ?? other.phone ?? 'another contact'}: their calls, notes and appointments are now here.`,
      authorUserId: scope.userId,
      idempotencyKey: `merge:${mergeId}`,
      occurredAt: new Date(),
    });
    return merged;
  });
}

export function addInteraction(
  scope: Scope & { userId: string },
  contactId: string,
  input: { kind: 'note' | 'meeting' | 'email' | 'sms' | 'call'; summary: string; occurredAt?: string },
): Promise<void> {
  return withOrganization(scope.db, scope.tenantId, async (tx) => {
    if (!(await findContactRecord(tx, { tenantId: scope.tenantId, id: contactId }))) throw notFound(contactId);
    await insertStaffInteraction(tx, {
      tenantId: scope.tenantId,
      contactId,
      kind: input.kind,
      summary: input.summary,
      authorUserId: scope.userId,
      idempotencyKey: `staff:${randomUUID()}`,
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : new Date(),
    });
  });
}
