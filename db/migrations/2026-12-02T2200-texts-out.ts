import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  // A text goes from the outbox to Twilio once: the attempt is marked before the request, Twilio's
  // message sid kept after it, and Twilio's status callbacks say whether it arrived.
  await sql`ALTER TABLE sms_outbox ADD COLUMN provider_sid text`.execute(db);
  await sql`ALTER TABLE sms_outbox ADD COLUMN sending_at timestamptz`.execute(db);
  await sql`ALTER TABLE sms_outbox ADD COLUMN status_detail text`.execute(db);
  await sql`ALTER TABLE sms_outbox ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`.execute(db);
  await sql`ALTER TABLE sms_outbox DROP CONSTRAINT sms_outbox_status_check`.execute(db);
  await sql`ALTER TABLE sms_outbox ADD CONSTRAINT sms_outbox_status_check CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'suppressed'))`.execute(db);
  await sql`CREATE UNIQUE INDEX sms_outbox_provider_sid_key ON sms_outbox (provider_sid) WHERE provider_sid IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX sms_outbox_provider_sid_key`.execute(db);
  await sql`UPDATE sms_outbox SET status = 'sent' WHERE status IN ('sending', 'delivered', 'undelivered', 'suppressed')`.execute(db);
  await sql`ALTER TABLE sms_outbox DROP CONSTRAINT sms_outbox_status_check`.execute(db);
  await sql`ALTER TABLE sms_outbox ADD CONSTRAINT sms_outbox_status_check CHECK (status IN ('queued', 'sent', 'failed'))`.execute(db);
  for (const column of ['updated_at', 'status_detail', 'sending_at', 'provider_sid']) await sql`ALTER TABLE sms_outbox DROP COLUMN ${sql.ref(column)}`.execute(db);
}
