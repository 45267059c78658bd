import { sql, type Selectable } from 'kysely';
import type { ContactField, ContactFieldValues } from '../../domain/contacts/contact-record.js';
import type { DetailSource } from '../../domain/extraction/caller-details.js';
import type { Executor, Tx } from '../executor.js';
import type { Contacts } from '../generated/database.js';
import { contactsWithEveryWord, escapeLike, phoneDigits, prepareWordSearch, searchWordsOf } from './contact-search.js';

/** Each field of the record and the column it lives in; reads and writes both go through it. */
const COLUMN_OF = {
  name: 'name',
  businessName: 'business_name',
  phone: 'phone_e164',
  alternatePhone: 'alternate_phone_e164',
  email: 'email',
  address: 'address',
  status: 'status',
  leadSource: 'lead_source',
  notes: 'notes',
  ethnicOrientation: 'ethnic_orientation',
  preferredLanguage: 'preferred_language',
  secondaryLanguage: 'secondary_language',
  familyName: 'family_name',
  relationship: 'relationship',
  deceasedName: 'deceased_name',
  deceasedDateOfBirth: 'deceased_date_of_birth',
  deceasedDateOfDeath: 'deceased_date_of_death',
  serviceType: 'service_type',
  serviceDate: 'service_date',
  serviceLocation: 'service_location',
  plotNumber: 'plot_number',
  plotType: 'plot_type',
  contractAmountCents: 'contract_amount_cents',
  amountPaidCents: 'amount_paid_cents',
  paymentPlan: 'payment_plan',
  paymentStatus: 'payment_status',
  specialRequests: 'special_requests',
  religiousPreference: 'religious_preference',
  veteran: 'veteran',
} as const satisfies Record<ContactField, keyof Contacts>;

const FIELDS = Object.keys(COLUMN_OF) as ContactField[];

type RecordFields = { [K in ContactField]-?: Exclude<ContactFieldValues[K], undefined> };

export type ContactRecord = RecordFields & {
  id: string;
  balanceDueCents: number;
  createdBy: string;
  /** Where each field's value came from: 'staff' typed it, 'caller' or 'agent' a call heard it. */
  sources: Partial<Record<ContactField, DetailSource>>;
  createdAt: Date;
  updatedAt: Date;
};

export function toContactRecord(row: Selectable<Contacts>): ContactRecord {
  const fields = Object.fromEntries(FIELDS.map((field) => [field, row[COLUMN_OF[field]]])) as RecordFields;
  const cents = (value: string | number | null) => (value === null ? null : Number(value));
  return {
    ...fields,
    contractAmountCents: cents(row.contract_amount_cents),
    amountPaidCents: cents(row.amount_paid_cents),
    id: row.id,
    balanceDueCents: cents(row.balance_due_cents) ?? 0,
    createdBy: row.created_by,
    sources: row.detail_sources as ContactRecord['sources'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function columnsOf(fields: ContactFieldValues): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => [COLUMN_OF[field as ContactField], value]),
  );
}

export const CONTACT_SORTS = ['recent', 'name', 'updated'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export type ContactQuery = {
  tenantId: string;
  search?: string;
  status?: string;
  leadSource?: string;
  serviceType?: string;
  sort: ContactSort;
  limit: number;
  offset: number;
};

/**
 * The ids of a page (and one more) of the contacts that have every search word, best match first,
 * newest first among equals, ranked from the word index alone: the search of the contacts list,
 * unfiltered and in its usual order, reads no contact row to choose its page.
 */
async function rankedByWordsAlone(db: Tx, query: ContactQuery, words: string[]): Promise<string[]> {
  await prepareWordSearch(db);
  const rows = await db
    .selectFrom(contactsWithEveryWord(query.tenantId, words).as('m'))
    .select(sql<string>`m.contact_id`.as('id'))
    .orderBy(sql`m.score`, 'desc')
    .orderBy(sql`m.created_at`, 'desc')
    .orderBy(sql`m.contact_id`)
    .limit(query.limit + 1)
    .offset(query.offset)
    .execute();
  return rows.map((row) => row.id);
}

/**
 * The ids of a page (and one more) chosen in the contact_search view, where the trigram index can
 * serve a search by phone digits (row-level security keeps it from serving one on contacts itself;
 * see migration 2026-12-02T1400): with filters, another order, or digits instead of words.
 */
async function filteredPage(db: Tx, query: ContactQuery, { search, digits, words }: { search: string; digits: string | null; words: string[] }): Promise<string[]> {
  let select = db.selectFrom('contact_search as c').select('c.id').where('c.tenant_id', '=', query.tenantId);
  if (query.status) select = select.where('c.status', '=', query.status);
  if (query.leadSource) select = select.where('c.lead_source', '=', query.leadSource);
  if (query.serviceType) select = select.where('c.service_type', '=', query.serviceType);
  if (digits) select = select.where('c.search_text', 'like', `%${digits}%`);
  // A search with no word of two letters ("J.") is looked for as it was typed.
  else if (search && words.length === 0) select = select.where('c.search_text', 'like', `%${escapeLike(search)}%`);
  if (words.length > 0) {
    await prepareWordSearch(db);
    select = select.innerJoin(contactsWithEveryWord(query.tenantId, words).as('m'), (join) => join.onRef(sql.ref('m.contact_id'), '=', 'c.id')).orderBy(sql`m.score`, 'desc');
  }
  if (query.sort === 'name') select = select.orderBy(sql`lower(coalesce(c.name, c.family_name, ''))`).orderBy('c.id');
  else if (query.sort === 'updated') select = select.orderBy('c.updated_at', 'desc').orderBy('c.id');
  else select = select.orderBy('c.created_at', 'desc').orderBy('c.id');
  const rows = await select.limit(query.limit + 1).offset(query.offset).execute();
  return rows.flatMap((row) => (row.id ? [row.id] : []));
}

/**
 * One page of contacts. A search matches names (the person's, the family's, the business's, the
 * deceased's), the email and the phone digits, forgiving a letter or two: "Jonson" finds Johnson.
 * One row more than the page is read to tell whether another page follows; its rows are then
 * read whole from contacts, in that order.
 */
export async function listContactRecords(db: Tx, query: ContactQuery): Promise<{ items: ContactRecord[]; hasMore: boolean }> {
  const search = query.search?.trim().toLowerCase() ?? '';
  const digits = search ? phoneDigits(search) : null;
  const words = search && !digits ? searchWordsOf(search) : [];
  const page = words.length > 0 && !query.status && !query.leadSource && !query.serviceType && query.sort === 'recent'
    ? await rankedByWordsAlone(db, query, words)
    : await filteredPage(db, query, { search, digits, words });
  const shown = page.slice(0, query.limit);
  if (shown.length === 0) return { items: [], hasMore: false };
  const rows = await db.selectFrom('contacts').selectAll().where('tenant_id', '=', query.tenantId).where('id', 'in', shown).execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = shown.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toContactRecord(row)] : [];
  });
  return { items, hasMore: page.length > query.limit };
}

export async function findContactRecord(db: Executor, input: { tenantId: string; id: string }): Promise<ContactRecord | null> {
  const row = await db.selectFrom('contacts').selectAll().where('tenant_id', '=', input.tenantId).where('id', '=', input.id).executeTakeFirst();
  return row ? toContactRecord(row) : null;
}

/** Marks each written field as typed by staff, so a later call leaves it alone. */
function staffSources(fields: ContactFieldValues, sources: ContactRecord['sources'] = {}) {
  const written = Object.keys(fields).filter((field) => fields[field as ContactField] !== undefined);
  return JSON.stringify({ ...sources, ...Object.fromEntries(written.map((field) => [field, 'staff'])) });
}

export async function insertContactRecord(
  db: Executor,
  input: { tenantId: string; fields: ContactFieldValues; createdBy: 'staff' | 'import' },
): Promise<ContactRecord> {
  const row = await db
    .insertInto('contacts')
    .values({ tenant_id: input.tenantId, ...columnsOf(input.fields), created_by: input.createdBy, detail_sources: staffSources(input.fields) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toContactRecord(row);
}

export async function updateContactRecord(db: Tx, input: { tenantId: string; id: string; fields: ContactFieldValues }): Promise<ContactRecord | null> {
  const current = await db.selectFrom('contacts').select('detail_sources').where('tenant_id', '=', input.tenantId).where('id', '=', input.id).forUpdate().executeTakeFirst();
  if (!current) return null;
  const row = await db
    .updateTable('contacts')
    .set({ ...columnsOf(input.fields), detail_sources: staffSources(input.fields, current.detail_sources as ContactRecord['sources']), updated_at: sql`now()` })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toContactRecord(row);
}

/** Other contacts that share a phone (either number) or the email with this one. */
export async function findPossibleDuplicates(db: Executor, input: { tenantId: string; contact: ContactRecord }): Promise<ContactRecord[]> {
  const phones = [input.contact.phone, input.contact.alternatePhone].filter((p): p is string => p !== null);
  if (phones.length === 0 && !input.contact.email) return [];
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('tenant_id', '=', input.tenantId)
    .where('id', '<>', input.contact.id)
    .where((eb) =>
      eb.or([
        ...(phones.length > 0 ? [eb('phone_e164', 'in', phones), eb('alternate_phone_e164', 'in', phones)] : []),
        ...(input.contact.email ? [eb('email', '=', input.contact.email)] : []),
      ]),
    )
    .orderBy('created_at')
    .limit(20)
    .execute();
  return rows.map(toContactRecord);
}

/**
 * Folds `mergeId` into `keepId`: every call, interaction, appointment and task moves to the kept
 * contact, which takes the other's value for each field it lacks; then the other is deleted.
 */
export async function mergeContactRecords(tx: Tx, input: { tenantId: string; keepId: string; mergeId: string }): Promise<ContactRecord | null> {
  const rows = await tx
    .selectFrom('contacts')
    .selectAll()
    .where('tenant_id', '=', input.tenantId)
    .where('id', 'in', [input.keepId, input.mergeId])
    .orderBy('id')
    .forUpdate()
    .execute();
  const keep = rows.find((r) => r.id === input.keepId);
  const merge = rows.find((r) => r.id === input.mergeId);
  if (!keep || !merge) return null;

  for (const table of ['calls', 'contact_interactions', 'calendar_events', 'tasks'] as const) {
    await tx.updateTable(table).set({ contact_id: keep.id }).where('tenant_id', '=', input.tenantId).where('contact_id', '=', merge.id).execute();
  }
  const kept = toContactRecord(keep);
  const merged = toContactRecord(merge);
  const filled = Object.fromEntries(FIELDS.filter((field) => kept[field] === null && merged[field] !== null).map((field) => [field, merged[field]]));
  const sources = { ...merged.sources, ...kept.sources };
  await tx.deleteFrom('contacts').where('tenant_id', '=', input.tenantId).where('id', '=', merge.id).execute();
  const row = await tx
    .updateTable('contacts')
    .set({ ...columnsOf(filled as ContactFieldValues), detail_sources: JSON.stringify(sources), updated_at: sql`now()` })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', keep.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toContactRecord(row);
}

export async function countContactsSince(db: Executor, input: { tenantId: string; since: Date }): Promise<number> {
  const row = await db.selectFrom('contacts').select(sql<number>`count(*)::int`.as('n')).where('tenant_id', '=', input.tenantId).where('created_at', '>=', input.since).executeTakeFirstOrThrow();
  return row.n;
}
