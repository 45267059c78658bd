import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  // A caller who asks for the General Price List by email gets it through the same outbox.
  await sql`ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_purpose_check`.execute(db);
  await sql`ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_purpose_check CHECK (purpose IN ('invitation', 'password_reset', 'payment_failed', 'price_list'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM email_outbox WHERE purpose = 'price_list'`.execute(db);
  await sql`ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_purpose_check`.execute(db);
  await sql`ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_purpose_check CHECK (purpose IN ('invitation', 'password_reset', 'payment_failed'))`.execute(db);
}
