import { sql, type Selectable } from 'kysely';
import type { CallerServiceType, DetailSource, Relationship } from '../../domain/extraction/caller-details.js';
import type { Executor, Tx } from '../executor.js';
import type { Contacts } from '../generated/database.js';

export type Contact = {
  id: string;
  tenantId: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  deceasedName: string | null;
  relationship: Relationship | null;
  serviceType: CallerServiceType | null;
  /** Where each field's value came from; a field without one came from a call before this was kept. */
  sources: ContactSources;
};

/** What a call learned about a person; null fields leave what is stored alone. */
export type ContactFields = Omit<Contact, 'id' | 'tenantId' | 'sources'>;
export type ContactSources = Partial<Record<keyof ContactFields, DetailSource>>;

function toContact(row: Selectable<Contacts>): Contact {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    phone: row.phone_e164,
    email: row.email,
    deceasedName: row.deceased_name,
    relationship: row.relationship as Relationship | null,
    serviceType: row.service_type as CallerServiceType | null,
    sources: row.detail_sources as ContactSources,
  };
}

/**
 * The contact with this email, else one with this phone: a household landline may be shared, so
 * among those the one with the caller's name, else the one heard from last. Locked until the
 * transaction ends; the phone's advisory lock makes two calls from one new number create one contact.
 */
export async function lockContactByPhoneOrEmail(
  tx: Tx,
  input: { tenantId: string; phone: string | null; email: string | null; name?: string | null },
): Promise<Contact | null> {
  if (input.email !== null) {
    const row = await tx.selectFrom('contacts').selectAll().where('tenant_id', '=', input.tenantId).where('email', '=', input.email).forUpdate().executeTakeFirst();
    if (row) return toContact(row);
  }
  if (input.phone === null) return null;
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`contact-phone:${input.tenantId}:${input.phone}`}, 0))`.execute(tx);
  const row = await tx
    .selectFrom('contacts')
    .selectAll()
    .where('tenant_id', '=', input.tenantId)
    .where((eb) => eb.or([eb('phone_e164', '=', input.phone), eb('alternate_phone_e164', '=', input.phone)]))
    .orderBy(sql`lower(name) = lower(${input.name ?? ''})`, (ob) => ob.desc().nullsLast())
    .orderBy('updated_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
  return row ? toContact(row) : null;
}

export async function lockContact(tx: Tx, input: { tenantId: string; id: string }): Promise<Contact | null> {
  const row = await tx.selectFrom('contacts').selectAll().where('tenant_id', '=', input.tenantId).where('id', '=', input.id).forUpdate().executeTakeFirst();
  return row ? toContact(row) : null;
}

export async function findContact(db: Executor, input: { tenantId: string; id: string }): Promise<Contact | null> {
  const row = await db.selectFrom('contacts').selectAll().where('tenant_id', '=', input.tenantId).where('id', '=', input.id).executeTakeFirst();
  return row ? toContact(row) : null;
}

function columns(fields: Partial<ContactFields>) {
  const set = {
    name: fields.name,
    phone_e164: fields.phone,
    email: fields.email?.toLowerCase(),
    deceased_name: fields.deceasedName,
    relationship: fields.relationship,
    service_type: fields.serviceType,
  };
  return Object.fromEntries(Object.entries(set).filter(([, value]) => value !== null && value !== undefined));
}

/** Fails with a unique violation when another contact already has the phone or email. */
export async function insertContact(db: Executor, input: { tenantId: string; fields: ContactFields; sources: ContactSources }): Promise<Contact> {
  const row = await db
    .insertInto('contacts')
    .values({ tenant_id: input.tenantId, ...columns(input.fields), detail_sources: JSON.stringify(input.sources) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toContact(row);
}

/** Writes the fields that are known, and where they came from; a later call corrects what an earlier one heard. */
export async function updateContact(db: Executor, input: { tenantId: string; id: string; fields: Partial<ContactFields>; sources: ContactSources }): Promise<Contact> {
  const row = await db
    .updateTable('contacts')
    .set({ ...columns(input.fields), detail_sources: JSON.stringify(input.sources), updated_at: sql`now()` })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toContact(row);
}
