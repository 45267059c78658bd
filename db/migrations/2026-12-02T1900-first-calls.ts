import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

const CALL_KINDS = ['first_call', 'facility_call', 'pre_need', 'price_question', 'booking', 'existing_family', 'general_question', 'not_a_customer'];
const PAGE_STEP_KINDS = ['texted', 'acknowledged', 'told_taken', 'callback_missed', 'called_back', 'unanswered', 'nobody_on_call'];
const lits = (values: string[]) => sql.join(values.map((value) => sql.lit(value)));

export async function up(db: Kysely<any>): Promise<void> {
  // What each call was, and for a death the first-call sheet as the call left it.
  await sql`ALTER TABLE calls ADD COLUMN kind text CHECK (kind IN (${lits(CALL_KINDS)}))`.execute(db);
  await sql`ALTER TABLE calls ADD COLUMN first_call jsonb`.execute(db);
  await sql`CREATE INDEX calls_tenant_kind_idx ON calls (tenant_id, kind, started_at DESC)`.execute(db);

  // How long a page waits for the person on call before it goes to the next, and how soon the
  // family is promised a call back.
  await sql`ALTER TABLE tenants ADD COLUMN page_acknowledge_minutes smallint NOT NULL DEFAULT 5 CHECK (page_acknowledge_minutes BETWEEN 1 AND 60)`.execute(db);
  await sql`ALTER TABLE tenants ADD COLUMN callback_promise_minutes smallint NOT NULL DEFAULT 15 CHECK (callback_promise_minutes BETWEEN 5 AND 240)`.execute(db);

  // The General Price List: what a price question is answered from, and nothing else.
  await sql`CREATE TABLE price_list_items (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    item text NOT NULL CHECK (length(item) BETWEEN 1 AND 200),
    price_cents integer NOT NULL CHECK (price_cents >= 0),
    -- A starting price ("caskets from $995"): quoted as "from".
    starting_price boolean NOT NULL DEFAULT false,
    description text,
    position integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT price_list_items_code_key UNIQUE (tenant_id, code)
  )`.execute(db);

  // What staff have told the agent: one answer per topic (address, parking…) and the required
  // price-list disclosures; 'other' entries carry their own question.
  await sql`CREATE TABLE knowledge_entries (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    topic text NOT NULL CHECK (topic IN ('address', 'directions', 'parking', 'office_hours', 'price_list_disclosures', 'other')),
    question text CHECK ((topic = 'other') = (question IS NOT NULL)),
    answer text NOT NULL CHECK (length(answer) BETWEEN 1 AND 2000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX knowledge_entries_topic_key ON knowledge_entries (tenant_id, topic) WHERE topic <> 'other'`.execute(db);

  // Visitations and funerals the family agreed to publish: the agent tells callers when and where.
  await sql`CREATE TABLE public_services (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind text NOT NULL CHECK (kind IN ('visitation', 'funeral', 'memorial', 'graveside', 'other')),
    starts_at timestamptz NOT NULL,
    place text NOT NULL CHECK (length(place) BETWEEN 1 AND 300),
    published boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX public_services_tenant_time_idx ON public_services (tenant_id, starts_at)`.execute(db);

  // Who is on call, in order: primary, backup, owner; each for some weekdays and local hours.
  // A span whose end is before its start runs past midnight (17:00–08:00).
  await sql`CREATE TABLE on_call_rota (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    phone_e164 text NOT NULL CHECK (phone_e164 ~ '^\\+[1-9][0-9]{6,14}$'),
    role text NOT NULL CHECK (role IN ('primary', 'backup', 'owner')),
    weekdays smallint[] NOT NULL DEFAULT '{1,2,3,4,5,6,7}' CHECK (cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ '{1,2,3,4,5,6,7}'),
    start_minute smallint NOT NULL DEFAULT 0 CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute smallint NOT NULL DEFAULT 1440 CHECK (end_minute BETWEEN 1 AND 1440),
    position integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX on_call_rota_tenant_idx ON on_call_rota (tenant_id, role, position)`.execute(db);

  // One page per first call: who was texted, who owns it, and whether the promised callback came.
  await sql`CREATE TABLE pages (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    call_id uuid NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    workflow_id text NOT NULL UNIQUE,
    status text NOT NULL DEFAULT 'paging' CHECK (status IN ('paging', 'acknowledged', 'called_back', 'unanswered')),
    callback_due_at timestamptz NOT NULL,
    owner_name text,
    owner_phone text,
    acknowledged_at timestamptz,
    called_back_at timestamptz,
    called_back_by text,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pages_call_key UNIQUE (tenant_id, call_id)
  )`.execute(db);
  await sql`CREATE INDEX pages_tenant_status_idx ON pages (tenant_id, status, created_at DESC)`.execute(db);

  // Every step of a page, once per key whatever retries: what the call view and the director see.
  await sql`CREATE TABLE page_steps (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    page_id uuid NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    step_key text NOT NULL,
    kind text NOT NULL CHECK (kind IN (${lits(PAGE_STEP_KINDS)})),
    person_name text,
    person_phone text,
    detail text,
    at timestamptz NOT NULL,
    CONSTRAINT page_steps_key UNIQUE (page_id, step_key)
  )`.execute(db);
  await sql`CREATE INDEX page_steps_tenant_page_idx ON page_steps (tenant_id, page_id, at)`.execute(db);

  // The link each person paged is sent: the secret token's hash, and whom it stands for.
  await sql`CREATE TABLE page_links (
    token_hash text PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    page_id uuid NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    position integer NOT NULL CHECK (position >= 0),
    person_name text NOT NULL,
    person_phone text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT page_links_position_key UNIQUE (page_id, position)
  )`.execute(db);
  await sql`CREATE INDEX page_links_tenant_phone_idx ON page_links (tenant_id, person_phone, created_at DESC)`.execute(db);

  // Every price the agent quoted on a call, as the list said it then.
  await sql`CREATE TABLE call_price_quotes (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    call_id uuid NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    code text NOT NULL,
    item text NOT NULL,
    price_cents integer NOT NULL,
    starting_price boolean NOT NULL,
    quoted_at timestamptz NOT NULL,
    CONSTRAINT call_price_quotes_key UNIQUE (call_id, code)
  )`.execute(db);
  await sql`CREATE INDEX call_price_quotes_tenant_call_idx ON call_price_quotes (tenant_id, call_id)`.execute(db);

  await sql`ALTER TABLE sms_outbox DROP CONSTRAINT sms_outbox_purpose_check`.execute(db);
  await sql`ALTER TABLE sms_outbox ADD CONSTRAINT sms_outbox_purpose_check CHECK (purpose IN ('confirmation', 'reminder', 'page', 'price_list'))`.execute(db);
  await sql`ALTER TABLE tasks DROP CONSTRAINT tasks_kind_check`.execute(db);
  await sql`ALTER TABLE tasks ADD CONSTRAINT tasks_kind_check CHECK (kind IN ('follow_up_call', 'urgent_callback', 'question_callback'))`.execute(db);

  for (const table of ['price_list_items', 'knowledge_entries', 'public_services', 'on_call_rota', 'pages', 'page_steps', 'page_links', 'call_price_quotes']) {
    await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`CREATE POLICY organization_isolation ON ${sql.table(table)}
      USING (tenant_id = current_organization()) WITH CHECK (tenant_id = current_organization())`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM tasks WHERE kind = 'question_callback'`.execute(db);
  await sql`ALTER TABLE tasks DROP CONSTRAINT tasks_kind_check`.execute(db);
  await sql`ALTER TABLE tasks ADD CONSTRAINT tasks_kind_check CHECK (kind IN ('follow_up_call', 'urgent_callback'))`.execute(db);
  await sql`DELETE FROM sms_outbox WHERE purpose IN ('page', 'price_list')`.execute(db);
  await sql`ALTER TABLE sms_outbox DROP CONSTRAINT sms_outbox_purpose_check`.execute(db);
  await sql`ALTER TABLE sms_outbox ADD CONSTRAINT sms_outbox_purpose_check CHECK (purpose IN ('confirmation', 'reminder'))`.execute(db);
  for (const table of ['call_price_quotes', 'page_links', 'page_steps', 'pages', 'on_call_rota', 'public_services', 'knowledge_entries', 'price_list_items']) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
  await sql`ALTER TABLE tenants DROP COLUMN callback_promise_minutes`.execute(db);
  await sql`ALTER TABLE tenants DROP COLUMN page_acknowledge_minutes`.execute(db);
  await sql`DROP INDEX calls_tenant_kind_idx`.execute(db);
  await sql`ALTER TABLE calls DROP COLUMN first_call`.execute(db);
  await sql`ALTER TABLE calls DROP COLUMN kind`.execute(db);
}
