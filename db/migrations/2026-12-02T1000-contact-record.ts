import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  // Two people may share a household landline: the phone no longer identifies one contact.
  await sql`DROP INDEX contacts_tenant_phone_key`.execute(db);
  await sql`CREATE INDEX contacts_tenant_phone_idx ON contacts (tenant_id, phone_e164) WHERE phone_e164 IS NOT NULL`.execute(db);

  await sql`ALTER TABLE contacts RENAME COLUMN special_needs TO special_requests`.execute(db);
  await sql`ALTER TABLE contacts DROP COLUMN source`.execute(db);
  await db.schema
    .alterTable('contacts')
    .addColumn('business_name', 'text')
    .addColumn('alternate_phone_e164', 'text', (c) => c.check(sql`alternate_phone_e164 ~ '^\\+[1-9][0-9]{6,14}$'`))
    .addColumn('address', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('lead').check(sql`status IN ('lead','prospect','customer','closed')`))
    .addColumn('lead_source', 'text', (c) => c.notNull().defaultTo('phone_call').check(sql`lead_source IN ('phone_call','walk_in','web','referral','other')`))
    .addColumn('ethnic_orientation', 'text')
    .addColumn('secondary_language', 'text')
    .addColumn('family_name', 'text')
    .addColumn('deceased_date_of_birth', 'date')
    .addColumn('deceased_date_of_death', 'date')
    .addColumn('service_date', 'date')
    .addColumn('service_location', 'text')
    .addColumn('plot_number', 'text')
    .addColumn('plot_type', 'text')
    .addColumn('contract_amount_cents', 'bigint', (c) => c.check(sql`contract_amount_cents >= 0`))
    .addColumn('amount_paid_cents', 'bigint', (c) => c.check(sql`amount_paid_cents >= 0`))
    .addColumn('payment_plan', 'text')
    .addColumn('payment_status', 'text', (c) => c.check(sql`payment_status IN ('not_started','partial','paid','overdue')`))
    .addColumn('religious_preference', 'text')
    .addColumn('veteran', 'boolean')
    .addColumn('created_by', 'text', (c) => c.notNull().defaultTo('call').check(sql`created_by IN ('call','staff','import')`))
    .execute();
  // Derived by the database, so it can never disagree with the two amounts it comes from.
  await sql`ALTER TABLE contacts ADD COLUMN balance_due_cents bigint GENERATED ALWAYS AS (COALESCE(contract_amount_cents, 0) - COALESCE(amount_paid_cents, 0)) STORED`.execute(db);
  await sql`ALTER TABLE contacts ADD CONSTRAINT contacts_dates_in_order CHECK (deceased_date_of_birth IS NULL OR deceased_date_of_death IS NULL OR deceased_date_of_birth <= deceased_date_of_death)`.execute(db);

  // Typo-tolerant search over the names staff look people up by and the digits of their phones,
  // kept by the database so no writer can forget it.
  await sql`ALTER TABLE contacts ADD COLUMN search_text text GENERATED ALWAYS AS (lower(
    coalesce(name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(business_name, '') || ' ' ||
    coalesce(deceased_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(phone_e164, '') || ' ' || coalesce(alternate_phone_e164, ''))) STORED`.execute(db);
  await sql`CREATE INDEX contacts_search_trgm_idx ON contacts USING gin (search_text gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX contacts_tenant_created_idx ON contacts (tenant_id, created_at DESC, id)`.execute(db);

  await sql`ALTER TABLE contact_interactions DROP CONSTRAINT contact_interactions_kind_check`.execute(db);
  await sql`ALTER TABLE contact_interactions ADD CONSTRAINT contact_interactions_kind_check CHECK (kind IN ('call','sms','email','meeting','note'))`.execute(db);
  await db.schema.alterTable('contact_interactions').addColumn('author_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null')).execute();
  await sql`CREATE INDEX contact_interactions_contact_idx ON contact_interactions (tenant_id, contact_id, occurred_at DESC)`.execute(db);

  await sql`CREATE INDEX calls_tenant_started_idx ON calls (tenant_id, started_at DESC, id)`.execute(db);
  await sql`CREATE INDEX tasks_tenant_open_idx ON tasks (tenant_id, due_at) WHERE status = 'open'`.execute(db);
  await db.schema.alterTable('tasks').addColumn('done_at', 'timestamptz').addColumn('done_by', 'uuid', (c) => c.references('users.id').onDelete('set null')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('tasks').dropColumn('done_at').dropColumn('done_by').execute();
  await sql`DROP INDEX calls_tenant_started_idx`.execute(db);
  await sql`DROP INDEX contact_interactions_contact_idx`.execute(db);
  await db.schema.alterTable('contact_interactions').dropColumn('author_user_id').execute();
  await sql`DROP INDEX contacts_search_trgm_idx`.execute(db);
  await sql`DROP INDEX contacts_tenant_created_idx`.execute(db);
  for (const column of ['search_text', 'balance_due_cents', 'business_name', 'alternate_phone_e164', 'address', 'status', 'lead_source', 'ethnic_orientation', 'secondary_language', 'family_name', 'deceased_date_of_birth', 'deceased_date_of_death', 'service_date', 'service_location', 'plot_number', 'plot_type', 'contract_amount_cents', 'amount_paid_cents', 'payment_plan', 'payment_status', 'religious_preference', 'veteran', 'created_by']) {
    await db.schema.alterTable('contacts').dropColumn(column).execute();
  }
  await sql`ALTER TABLE contacts RENAME COLUMN special_requests TO special_needs`.execute(db);
  await db.schema.alterTable('contacts').addColumn('source', 'text', (c) => c.notNull().defaultTo('call')).execute();
  await sql`DROP INDEX contacts_tenant_phone_idx`.execute(db);
  await sql`CREATE UNIQUE INDEX contacts_tenant_phone_key ON contacts (tenant_id, phone_e164) WHERE phone_e164 IS NOT NULL`.execute(db);
}
