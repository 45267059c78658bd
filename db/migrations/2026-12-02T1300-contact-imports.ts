import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  // One row per spreadsheet row that became a contact. The browser sends a file in chunks and may
  // send a chunk again (a timeout, a retried request): the key (import, row) lets the second
  // sending find the contacts the first one made instead of making them twice.
  await db.schema
    .createTable('contact_imports')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('import_id', 'uuid', (c) => c.notNull())
    .addColumn('row_number', 'integer', (c) => c.notNull().check(sql`row_number >= 1`))
    // Kept when the contact is merged away or removed: the row was imported, and stays imported.
    .addColumn('contact_id', 'uuid', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('contact_imports_pkey', ['tenant_id', 'import_id', 'row_number'])
    .execute();
  // A merge deletes a contact; this finds the import row to unlink without reading the whole table.
  await db.schema.createIndex('contact_imports_contact_idx').on('contact_imports').column('contact_id').execute();

  await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON contact_imports TO organization_scope`.execute(db);
  await sql`ALTER TABLE contact_imports ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY organization_isolation ON contact_imports
    USING (tenant_id = current_organization()) WITH CHECK (tenant_id = current_organization())`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('contact_imports').execute();
}
