import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

const SUBSCRIPTION_STATUSES = ['none', 'incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused'];

export async function up(db: Kysely<any>): Promise<void> {
  // One Stripe customer per organization and the state of its subscription, as Stripe last told
  // it: `stripe_state_at` is the creation time of the event that state came from, so an older
  // event delivered late never overwrites a newer state.
  await sql`CREATE TABLE billing_accounts (
    tenant_id uuid PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
    stripe_customer_id text UNIQUE,
    stripe_subscription_id text UNIQUE,
    plan_key text,
    subscription_status text NOT NULL DEFAULT 'none' CHECK (subscription_status IN (${sql.join(SUBSCRIPTION_STATUSES.map((s) => sql.lit(s)))})),
    cancel_at_period_end boolean NOT NULL DEFAULT false,
    current_period_end timestamptz,
    stripe_state_at timestamptz,
    last_payment_failed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  // What the monthly invoicing did for an organization and a period: once, whatever re-runs.
  await sql`CREATE TABLE usage_invoices (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    outcome text NOT NULL CHECK (outcome IN ('reported', 'exempt', 'nothing_used')),
    calls integer NOT NULL CHECK (calls >= 0),
    voice_words integer NOT NULL CHECK (voice_words >= 0),
    amount_cents integer NOT NULL CHECK (amount_cents >= 0),
    currency text NOT NULL DEFAULT 'usd',
    stripe_invoice_item_ids text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT usage_invoices_once UNIQUE (tenant_id, period)
  )`.execute(db);

  // Stripe's invoices (subscription plus usage on one), mirrored from its webhooks: the history staff see.
  await sql`CREATE TABLE stripe_invoices (
    stripe_invoice_id text PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    number text,
    status text NOT NULL,
    amount_due_cents integer NOT NULL,
    amount_paid_cents integer NOT NULL,
    currency text NOT NULL,
    hosted_invoice_url text,
    period_start timestamptz,
    period_end timestamptz,
    stripe_created_at timestamptz NOT NULL,
    stripe_state_at timestamptz NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX stripe_invoices_tenant_idx ON stripe_invoices (tenant_id, stripe_created_at DESC)`.execute(db);

  // Every webhook event handled, by Stripe's id: a redelivered event is acknowledged and skipped.
  // A platform table: an event names its organization only once it is read.
  await sql`CREATE TABLE stripe_events (
    id text PRIMARY KEY,
    type text NOT NULL,
    stripe_created_at timestamptz NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  // Usage is marked with the period whose invoice reported it, so nothing is reported twice, and
  // a row recorded after its period was invoiced (a call that ended past midnight) goes on the next.
  await sql`ALTER TABLE usage_records ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now()`.execute(db);
  await sql`ALTER TABLE usage_records ADD COLUMN reported_period text`.execute(db);
  await sql`CREATE INDEX usage_records_unreported_idx ON usage_records (tenant_id, occurred_at) WHERE reported_period IS NULL`.execute(db);

  // Who changed what about an organization's standing (its demo exemption), and when.
  await sql`CREATE TABLE organization_audit (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    actor text NOT NULL,
    action text NOT NULL,
    detail jsonb NOT NULL DEFAULT '{}',
    at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX organization_audit_tenant_idx ON organization_audit (tenant_id, at DESC)`.execute(db);

  for (const table of ['billing_accounts', 'usage_invoices', 'stripe_invoices', 'organization_audit']) {
    await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`CREATE POLICY organization_isolation ON ${sql.table(table)}
      USING (tenant_id = current_organization()) WITH CHECK (tenant_id = current_organization())`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['organization_audit', 'stripe_events', 'stripe_invoices', 'usage_invoices', 'billing_accounts']) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
  await sql`DROP INDEX usage_records_unreported_idx`.execute(db);
  await sql`ALTER TABLE usage_records DROP COLUMN reported_period`.execute(db);
  await sql`ALTER TABLE usage_records DROP COLUMN recorded_at`.execute(db);
}
