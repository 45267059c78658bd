import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

const ORGANIZATION_TABLES = ['email_outbox', 'invitations'];

export async function up(db: Kysely<any>): Promise<void> {
  // A password reset mail belongs to a person, not to an organization: tenant_id may be empty.
  await db.schema
    .createTable('email_outbox')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.references('tenants.id').onDelete('cascade'))
    .addColumn('to_email', 'text', (c) => c.notNull().check(sql`position('@' in to_email) > 1`))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose IN ('invitation','password_reset')`))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued').check(sql`status IN ('queued','sent','failed')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('email_outbox_key', ['idempotency_key'])
    .execute();

  // Only the SHA-256 of an invitation's token is kept, as for sessions: the table cannot be replayed as links.
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull().check(sql`email = lower(email) AND position('@' in email) > 1`))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role IN ('owner', 'admin', 'staff', 'read_only')`))
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('accepted_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('revoked_at', 'timestamptz')
    .addUniqueConstraint('invitations_token_key', ['token_hash'])
    .addCheckConstraint('invitations_accepted_or_revoked', sql`accepted_at IS NULL OR revoked_at IS NULL`)
    .execute();
  // One live invitation per person and organization: inviting again replaces the earlier link.
  await sql`CREATE UNIQUE INDEX invitations_one_open_key ON invitations (tenant_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL`.execute(db);

  await db.schema
    .createTable('password_resets')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addUniqueConstraint('password_resets_token_key', ['token_hash'])
    .execute();
  await db.schema.createIndex('password_resets_user_idx').on('password_resets').column('user_id').execute();

  // Failed sign-ins, one row per counter they count against (the account, the client address), kept in
  // Postgres so every API process counts the same attempts.
  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope IN ('account','address')`))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('attempted_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX login_attempts_key_idx ON login_attempts (scope, key, attempted_at DESC)`.execute(db);
  await db.schema.createIndex('login_attempts_attempted_idx').on('login_attempts').column('attempted_at').execute();

  // The session's id is the hash of its cookie; people listing their sessions are shown this instead.
  await db.schema.alterTable('sessions').addColumn('public_id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`)).execute();
  await sql`ALTER TABLE sessions ADD CONSTRAINT sessions_public_id_key UNIQUE (public_id)`.execute(db);

  for (const table of ORGANIZATION_TABLES) {
    await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ${sql.table(table)} TO organization_scope`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`CREATE POLICY organization_isolation ON ${sql.table(table)}
      USING (tenant_id = current_organization()) WITH CHECK (tenant_id = current_organization())`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE sessions DROP CONSTRAINT sessions_public_id_key`.execute(db);
  await db.schema.alterTable('sessions').dropColumn('public_id').execute();
  for (const table of ['login_attempts', 'password_resets', 'invitations', 'email_outbox']) {
    await db.schema.dropTable(table).execute();
  }
}
