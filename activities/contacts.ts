import type { Database } from '../db/database.js';
import { isUniqueViolation } from '../db/postgres-errors.js';
import {
  insertContact,
  lockContact,
  lockContactByPhoneOrEmail,
  updateContact,
  type Contact,
  type ContactFields,
  type ContactSources,
} from '../db/queries/contacts.js';
import type { CallerDetails, DetailSources } from '../domain/extraction/caller-details.js';

type Heard = { fields: ContactFields; sources: ContactSources };

/** The call's reading as contact fields, each with where it came from (the caller's words unless stated). */
function heardOf(details: CallerDetails, sources: DetailSources): Heard {
  const fields: ContactFields = {
    name: details.callerName,
    phone: details.phone,
    email: details.email?.toLowerCase() ?? null,
    deceasedName: details.deceasedName,
    relationship: details.relationship,
    serviceType: details.serviceType,
  };
  const origin = { name: sources.callerName, phone: sources.phone, email: sources.email, deceasedName: sources.deceasedName, relationship: sources.relationship, serviceType: sources.serviceType };
  const known = (Object.keys(fields) as Array<keyof ContactFields>).filter((field) => fields[field] !== null);
  return { fields, sources: Object.fromEntries(known.map((field) => [field, origin[field] ?? 'caller'])) };
}

/** What a call may write over a stored contact: everything but the fields staff typed. */
function overStored(stored: Contact, heard: Heard): Heard {
  const byStaff = (field: keyof ContactFields) => stored.sources[field] === 'staff';
  const fields = Object.fromEntries(Object.entries(heard.fields).map(([field, value]) => [field, byStaff(field as keyof ContactFields) ? null : value])) as ContactFields;
  const sources = Object.fromEntries(Object.entries(heard.sources).filter(([field]) => !byStaff(field as keyof ContactFields)));
  return { fields, sources: { ...stored.sources, ...sources } };
}

export function createContactActivities(deps: { db: Database }) {
  /** One attempt: update the call's contact, or the one with this phone or email, or create it. */
  const upsert = (tenantId: string, contactId: string | null, heard: Heard) =>
    deps.db.transaction().execute(async (tx) => {
      const known = contactId ? await lockContact(tx, { tenantId, id: contactId }) : null;
      const match = known ?? (await lockContactByPhoneOrEmail(tx, { tenantId, phone: heard.fields.phone, email: heard.fields.email, name: heard.fields.name }));
      if (!match) return insertContact(tx, { tenantId, ...heard });
      const writable = overStored(match, heard);
      // An email that already belongs to someone else stays with them; a phone may be shared.
      const taken = writable.fields.email ? await lockContactByPhoneOrEmail(tx, { tenantId, phone: null, email: writable.fields.email }) : null;
      const fields = taken && taken.id !== match.id ? { ...writable.fields, email: null } : writable.fields;
      return updateContact(tx, { tenantId, id: match.id, fields, sources: writable.sources });
    });

  return {
    /**
     * Creates or matches the caller's contact: the same email, or the same phone (and name, when a
     * household shares the line) within the organization is the same person, so calls never
     * duplicate them. Nothing is saved until there is a name or a
     * way to reach the caller. A field staff have typed is never overwritten by a call.
     */
    async saveContact(input: { tenantId: string; contactId: string | null; details: CallerDetails; sources?: DetailSources }): Promise<{ contactId: string } | null> {
      const heard = heardOf(input.details, input.sources ?? {});
      if (!input.contactId && !heard.fields.name && !heard.fields.phone && !heard.fields.email) return null;
      try {
        return { contactId: (await upsert(input.tenantId, input.contactId, heard)).id };
      } catch (error) {
        // A concurrent call with the same email created the contact first; now it matches.
        if (!isUniqueViolation(error)) throw error;
        return { contactId: (await upsert(input.tenantId, input.contactId, heard)).id };
      }
    },
  };
}

export type ContactActivities = ReturnType<typeof createContactActivities>;
