import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

// Merging a contact moves its calls, appointments and tasks, and deleting one sets theirs to null:
// without these, each is a scan of the whole table.
const INDEXES = [
  ['calls_contact_idx', 'calls', 'contact_id'],
  ['calendar_events_contact_idx', 'calendar_events', 'contact_id'],
  ['calendar_events_call_idx', 'calendar_events', 'call_id'],
  ['tasks_contact_idx', 'tasks', 'contact_id'],
  ['tasks_call_idx', 'tasks', 'call_id'],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, table, column] of INDEXES) {
    await sql`CREATE INDEX ${sql.id(name)} ON ${sql.table(table)} (tenant_id, ${sql.id(column)}) WHERE ${sql.id(column)} IS NOT NULL`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of INDEXES) await sql`DROP INDEX ${sql.id(name)}`.execute(db);
}
