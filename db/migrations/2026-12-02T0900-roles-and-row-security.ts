import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

/** Every table whose rows belong to one organization (all carry tenant_id). */
const ORGANIZATION_TABLES = [
  'memberships',
  'sessions',
  'contacts',
  'calls',
  'calendar_events',
  'confirmation_counters',
  'contact_interactions',
  'sms_outbox',
  'tasks',
  'usage_records',
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE memberships DROP CONSTRAINT IF EXISTS memberships_role_check`.execute(db);
  await sql`ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN ('owner', 'admin', 'staff', 'read_only'))`.execute(db);

  // The scaffolding that proved the stack end to end is gone; nothing reads it.
  await db.schema.dropTable('hello_runs').ifExists().execute();

  // Requests act as this role inside their transaction (SET LOCAL ROLE), so row-level security
  // binds them even when the pool's own user owns the tables or is a superuser. Roles are
  // cluster-wide: another database of the same cluster may have created it first.
  await sql`DO $$ BEGIN
      CREATE ROLE organization_scope NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`.execute(db);
  await sql`DO $$ BEGIN
      EXECUTE format('GRANT organization_scope TO %I', current_user);
    EXCEPTION WHEN duplicate_object OR unique_violation OR invalid_grant_operation THEN NULL;
    END $$`.execute(db);
  await sql`GRANT USAGE ON SCHEMA public TO organization_scope`.execute(db);
  await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO organization_scope`.execute(db);
  await sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO organization_scope`.execute(db);
  await sql`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO organization_scope`.execute(db);

  // Unset (or empty) means no organization: a scoped query then sees no rows at all.
  await sql`CREATE FUNCTION current_organization() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid $$`.execute(db);

  await sql`ALTER TABLE tenants ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY organization_isolation ON tenants USING (id = current_organization()) WITH CHECK (id = current_organization())`.execute(db);
  // Users are people, not organization rows; a scoped request sees only its organization's members.
  for (const table of ORGANIZATION_TABLES) {
    await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`CREATE POLICY organization_isolation ON ${sql.table(table)}
      USING (tenant_id = current_organization()) WITH CHECK (tenant_id = current_organization())`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['tenants', ...ORGANIZATION_TABLES]) {
    await sql`DROP POLICY IF EXISTS organization_isolation ON ${sql.table(table)}`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} DISABLE ROW LEVEL SECURITY`.execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS current_organization()`.execute(db);
  await sql`ALTER TABLE memberships DROP CONSTRAINT memberships_role_check`.execute(db);
  await sql`ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN ('owner', 'staff'))`.execute(db);
  await db.schema
    .createTable('hello_runs')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('workflow_id', 'text', (c) => c.notNull())
    .addColumn('greeting', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('hello_runs_tenant_workflow_key', ['tenant_id', 'workflow_id'])
    .execute();
}
