import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('contacts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('name', 'text')
    .addColumn('phone_e164', 'text', (c) => c.check(sql`phone_e164 ~ '^\\+[1-9][0-9]{6,14}$'`))
    .addColumn('email', 'text', (c) => c.check(sql`email = lower(email)`))
    .addColumn('deceased_name', 'text')
    .addColumn('relationship', 'text', (c) =>
      c.check(sql`relationship IN ('spouse','child','parent','sibling','grandchild','other_family','friend','self','professional')`),
    )
    .addColumn('service_type', 'text', (c) => c.check(sql`service_type IN ('burial','cremation','memorial','viewing','consultation')`))
    .addColumn('preferred_language', 'text')
    .addColumn('special_needs', 'text')
    .addColumn('notes', 'text')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('call'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One contact per phone and per email within an organization: calls match, they do not duplicate.
  await sql`CREATE UNIQUE INDEX contacts_tenant_phone_key ON contacts (tenant_id, phone_e164) WHERE phone_e164 IS NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX contacts_tenant_email_key ON contacts (tenant_id, email) WHERE email IS NOT NULL`.execute(db);

  await db.schema
    .createTable('calls')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('call_sid', 'text', (c) => c.notNull())
    .addColumn('workflow_id', 'text', (c) => c.notNull().unique())
    .addColumn('from_phone', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('in_progress').check(sql`status IN ('in_progress','completed')`))
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome IN ('booked','urgent','information','no_booking','abandoned')`))
    .addColumn('urgent', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('urgency_reason', 'text')
    .addColumn('transcript', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('extracted', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('contact_id', 'uuid', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addUniqueConstraint('calls_tenant_call_sid_key', ['tenant_id', 'call_sid'])
    .execute();

  await db.schema
    .createTable('calendar_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('resource', 'text', (c) => c.notNull().defaultTo('main'))
    // An appointment is 'held' while a caller is being offered it, then 'confirmed' in the same row.
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('appointment','external')`))
    .addColumn('service_type', 'text', (c) =>
      c.check(sql`service_type IN ('consultation','planning','burial','cremation','memorial','viewing')`),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('confirmed').check(sql`status IN ('confirmed','held','cancelled')`))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('buffer_minutes', 'integer', (c) => c.notNull().defaultTo(0).check(sql`buffer_minutes BETWEEN 0 AND 240`))
    // The time this event keeps others out of: its own span plus the buffer after it. Two events
    // whose blocked ranges do not overlap are at least one buffer apart, whichever comes first.
    .addColumn('blocked', sql`tstzrange`, (c) => c.notNull())
    .addColumn('all_day', 'boolean', (c) => c.notNull().defaultTo(false))
    // An iCalendar RRULE for events that repeat (staff meetings, standing services); null = once.
    .addColumn('recurrence', 'text')
    .addColumn('location', 'text')
    .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('contact_id', 'uuid', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('call_id', 'uuid', (c) => c.references('calls.id').onDelete('set null'))
    .addColumn('workflow_id', 'text')
    .addColumn('confirmation_code', 'text')
    .addColumn('hold_expires_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('calendar_events_span', sql`starts_at < ends_at`)
    .addCheckConstraint('calendar_events_blocked', sql`blocked = tstzrange(starts_at, ends_at + make_interval(mins => buffer_minutes), '[)')`)
    .addCheckConstraint('calendar_events_hold', sql`(status = 'held') = (hold_expires_at IS NOT NULL)`)
    .execute();
  // No double booking, ever: live events on one resource never overlap, buffers included.
  await sql`ALTER TABLE calendar_events ADD CONSTRAINT calendar_events_no_overlap
    EXCLUDE USING gist (tenant_id WITH =, resource WITH =, blocked WITH &&) WHERE (status <> 'cancelled')`.execute(db);
  await sql`CREATE UNIQUE INDEX calendar_events_confirmation_key ON calendar_events (tenant_id, confirmation_code) WHERE confirmation_code IS NOT NULL`.execute(db);
  // A call books at most one appointment: the booking activity's retry finds the first one.
  await sql`CREATE UNIQUE INDEX calendar_events_workflow_appointment_key ON calendar_events (tenant_id, workflow_id) WHERE workflow_id IS NOT NULL AND kind = 'appointment' AND status <> 'cancelled'`.execute(db);
  await sql`CREATE INDEX calendar_events_tenant_time_idx ON calendar_events (tenant_id, starts_at)`.execute(db);

  // Sequences per organization and prefix; incremented inside the booking transaction, so a
  // rolled-back booking gives its number back and two bookings never share one.
  await db.schema
    .createTable('confirmation_counters')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('confirmation_counters_pkey', ['tenant_id', 'prefix'])
    .execute();

  await db.schema
    .createTable('contact_interactions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('contact_id', 'uuid', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('call_id', 'uuid', (c) => c.references('calls.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('call','sms','note')`))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('transcript', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('contact_interactions_key', ['tenant_id', 'idempotency_key'])
    .execute();

  // Messages waiting for the SMS sender; the key makes a retried send a no-op.
  await db.schema
    .createTable('sms_outbox')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('to_phone', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose IN ('confirmation','reminder')`))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued').check(sql`status IN ('queued','sent','failed')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('sms_outbox_key', ['tenant_id', 'idempotency_key'])
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('follow_up_call','urgent_callback')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'uuid', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('call_id', 'uuid', (c) => c.references('calls.id').onDelete('set null'))
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status IN ('open','done')`))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('tasks_key', ['tenant_id', 'idempotency_key'])
    .execute();

  await db.schema
    .createTable('usage_records')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('metric', 'text', (c) => c.notNull().check(sql`metric IN ('calls','voice_words')`))
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity >= 0`))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('usage_records_key', ['tenant_id', 'idempotency_key'])
    .execute();
  await sql`CREATE INDEX usage_records_tenant_time_idx ON usage_records (tenant_id, occurred_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['usage_records', 'tasks', 'sms_outbox', 'contact_interactions', 'confirmation_counters', 'calendar_events', 'calls', 'contacts']) {
    await db.schema.dropTable(table).execute();
  }
}
