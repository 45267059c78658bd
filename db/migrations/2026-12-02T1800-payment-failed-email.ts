import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  // A failed payment is mailed to the organization's owners through the same outbox as invitations.
  await sql`ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_purpose_check`.execute(db);
  await sql`ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_purpose_check CHECK (purpose IN ('invitation', 'password_reset', 'payment_failed'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM email_outbox WHERE purpose = 'payment_failed'`.execute(db);
  await sql`ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_purpose_check`.execute(db);
  await sql`ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_purpose_check CHECK (purpose IN ('invitation', 'password_reset'))`.execute(db);
}
