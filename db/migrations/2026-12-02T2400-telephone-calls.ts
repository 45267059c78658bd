import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  // How the telephone network says a call ended, and how long it lasted, from Twilio's status callback.
  await sql`ALTER TABLE calls ADD COLUMN telephony_status text`.execute(db);
  await sql`ALTER TABLE calls ADD COLUMN telephony_seconds integer CHECK (telephony_seconds >= 0)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE calls DROP COLUMN telephony_seconds`.execute(db);
  await sql`ALTER TABLE calls DROP COLUMN telephony_status`.execute(db);
}
