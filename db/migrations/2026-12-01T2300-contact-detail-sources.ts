import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  // Where each contact field came from: 'caller' (read from the caller's words), 'agent' (stated
  // by the agent on a call) or 'staff' (typed by a person). A call never overwrites a staff field.
  await db.schema.alterTable('contacts').addColumn('detail_sources', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`)).execute();
  await sql`ALTER TABLE contacts ADD CONSTRAINT contacts_detail_sources_object CHECK (jsonb_typeof(detail_sources) = 'object')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contacts').dropColumn('detail_sources').execute();
}
