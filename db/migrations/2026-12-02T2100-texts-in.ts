import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  // The numbers an organization's callers and families dial and text; a text is routed by them.
  await sql`CREATE TABLE organization_phone_numbers (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    phone_e164 text NOT NULL CHECK (phone_e164 ~ '^\\+[1-9][0-9]{6,14}$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organization_phone_numbers_phone_key UNIQUE (phone_e164)
  )`.execute(db);
  await sql`CREATE INDEX organization_phone_numbers_tenant_idx ON organization_phone_numbers (tenant_id)`.execute(db);

  // Every text received, once per Twilio message sid, with what was done about it.
  await sql`CREATE TABLE inbound_sms (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    message_sid text NOT NULL,
    from_phone text NOT NULL,
    to_phone text NOT NULL,
    body text NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('opted_out', 'opted_in', 'help', 'page_taken', 'page_refused', 'logged', 'unknown_sender')),
    contact_id uuid REFERENCES contacts(id) ON DELETE SET NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT inbound_sms_message_key UNIQUE (message_sid)
  )`.execute(db);
  await sql`CREATE INDEX inbound_sms_tenant_idx ON inbound_sms (tenant_id, received_at DESC)`.execute(db);
  await sql`CREATE INDEX inbound_sms_contact_idx ON inbound_sms (contact_id)`.execute(db);

  // Numbers that replied STOP: carriers require that they get no more texts until START.
  await sql`CREATE TABLE sms_opt_outs (
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    phone_e164 text NOT NULL,
    opted_out_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, phone_e164)
  )`.execute(db);

  for (const table of ['organization_phone_numbers', 'inbound_sms', 'sms_opt_outs']) {
    await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`CREATE POLICY organization_isolation ON ${sql.table(table)}
      USING (tenant_id = current_organization()) WITH CHECK (tenant_id = current_organization())`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['sms_opt_outs', 'inbound_sms', 'organization_phone_numbers']) await sql`DROP TABLE ${sql.table(table)}`.execute(db);
}
