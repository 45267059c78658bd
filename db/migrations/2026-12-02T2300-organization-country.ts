import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  // The country an organization's callers dial in: a number said the national way is read in it.
  // Organizations made before it existed were all read as in the US, and stay so.
  await sql`ALTER TABLE tenants ADD COLUMN country text NOT NULL DEFAULT 'US' CHECK (country ~ '^[A-Z]{2}$')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE tenants DROP COLUMN country`.execute(db);
}
