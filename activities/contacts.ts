import type { Database } from '../db/database.js';
import { isUniqueViolation } from '../db/postgres-errors.js';
import {
  insertContact,
  lockContact,
  lockContactByPhoneOrEmail,
  updateContact,
  type ContactFields,
} from '../db/queries/contacts.js';
import type { CallerDetails } from '../domain/extraction/caller-details.js';

function fieldsOf(details: CallerDetails): ContactFields {
  return {
    name: details.callerName,
    phone: details.phone,
    email: details.email?.toLowerCase() ?? null,
    deceasedName: details.deceasedName,
    relationship: details.relationship,
    serviceType: details.serviceType,
  };
}

export function createContactActivities(deps: { db: Database }) {
  /** One attempt: update the call's contact, or the one with this phone or email, or create it. */
  const upsert = (tenantId: string, contactId: string | null, fields: ContactFields) =>
    deps.db.transaction().execute(async (tx) => {
      const known = contactId ? await lockContact(tx, { tenantId, id: contactId }) : null;
      const match = known ?? (await lockContactByPhoneOrEmail(tx, { tenantId, phone: fields.phone, email: fields.email }));
      if (!match) return insertContact(tx, { tenantId, fields });
      // A phone or email that already belongs to someone else stays with them.
      const taken = await lockContactByPhoneOrEmail(tx, { tenantId, phone: fields.phone, email: fields.email });
      const safe = taken && taken.id !== match.id ? { ...fields, phone: null, email: null } : fields;
      return updateContact(tx, { tenantId, id: match.id, fields: safe });
    });

  return {
    /**
     * Creates or matches the caller's contact: the same phone or email within the organization is
     * the same person, so calls never duplicate them. Nothing is saved until there is a name or a
     * way to reach the caller.
     */
    async saveContact(input: { tenantId: string; contactId: string | null; details: CallerDetails }): Promise<{ contactId: string } | null> {
      const fields = fieldsOf(input.details);
      if (!input.contactId && !fields.name && !fields.phone && !fields.email) return null;
      try {
        return { contactId: (await upsert(input.tenantId, input.contactId, fields)).id };
      } catch (error) {
        // A concurrent call from the same number created the contact first; now it matches.
        if (!isUniqueViolation(error)) throw error;
        return { contactId: (await upsert(input.tenantId, input.contactId, fields)).id };
      }
    },
  };
}
