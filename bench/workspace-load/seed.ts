import { sql } from 'kysely';
import type { Logger } from '../../config/logger.js';
import type { Database } from '../../db/database.js';
import { now, since } from '../support/stopwatch.js';
import { BUSINESS_NAMES, FAMILY_NAMES, FIRST_NAMES } from './names.js';

/** Rows per INSERT … SELECT generate_series: set-based, and small enough to say how far it is. */
const BATCH = 10_000;

export type SeedSize = { contacts: number; calls: number };
export type SeededCounts = SeedSize & { urgentOpen: number; appointments: number; tasks: number };

/**
 * Four independent pseudo-random 31-bit numbers per row, from the row number and a salt, so a seed
 * is the same every run and no name, status or time lines up with another.
 */
const hashes = (column: string, salt: number) => sql.raw(`
    (hashint4(${column} * 4 + ${salt}) & 2147483647) AS h1,
    (hashint4(${column} * 4 + ${salt + 1}) & 2147483647) AS h2,
    (hashint4(${column} * 4 + ${salt + 2}) & 2147483647) AS h3,
    (hashint4(${column} * 4 + ${salt + 3}) & 2147483647) AS h4`);

/**
 * Contacts `from`..`to` of one organization: a person and their family name from the lists, a
 * Chicago-area phone `+1 AAA 555 NNNN` (a few without, some with a second), most with an email,
 * seven in ten calling about someone who died (that person's name, dates), statuses and sources in
 * the shares a funeral home sees, contracts and payments on customers, created over three years.
 */
async function insertContacts(db: Database, tenantId: string, from: number, to: number, salt: number): Promise<void> {
  await sql`
    WITH s AS (
      SELECT i, ${hashes('i', salt)} FROM generate_series(${from}::int, ${to}::int) AS i
    ), n AS (
      SELECT s.*,
        (${FIRST_NAMES}::text[])[1 + h1 % ${FIRST_NAMES.length}] AS first,
        (${FAMILY_NAMES}::text[])[1 + h2 % ${FAMILY_NAMES.length}] AS family,
        (${FIRST_NAMES}::text[])[1 + h3 % ${FIRST_NAMES.length}] AS deceased_first,
        (ARRAY['312','773','872','630','847','708','815'])[1 + h4 % 7] AS area,
        (ARRAY['lead','lead','lead','lead','prospect','prospect','customer','customer','customer','closed'])[1 + (h3 / 7) % 10] AS status,
        (current_date - ((h4 / 11) % 730)::int) AS died
      FROM s
    )
    INSERT INTO contacts (tenant_id, name, family_name, business_name, phone_e164, alternate_phone_e164, email, address, status, lead_source,
      relationship, deceased_name, deceased_date_of_birth, deceased_date_of_death, service_type, service_date, service_location,
      preferred_language, religious_preference, veteran, contract_amount_cents, amount_paid_cents, payment_status, created_by, notes,
      created_at, updated_at)
    SELECT ${tenantId}::uuid,
      first || ' ' || family,
      family,
      CASE WHEN h3 % 25 = 0 THEN (${BUSINESS_NAMES}::text[])[1 + (h3 / 25) % ${BUSINESS_NAMES.length}] END,
      CASE WHEN h4 % 25 = 0 THEN NULL ELSE '+1' || area || '555' || lpad((i % 10000)::text, 4, '0') END,
      CASE WHEN h4 % 8 = 1 THEN '+1' || area || '555' || lpad(((i * 37 + 11) % 10000)::text, 4, '0') END,
      CASE WHEN h2 % 10 < 6 THEN lower(regexp_replace(first || '.' || family, '[^A-Za-z.]', '', 'g')) || i || '@example.com' END,
      (100 + h1 % 8900) || ' ' || (ARRAY['N Clark St','W Belmont Ave','S Halsted St','N Milwaukee Ave','W Irving Park Rd','S Western Ave'])[1 + (h1 / 9) % 6] || ', Chicago IL',
      status,
      (ARRAY['phone_call','phone_call','phone_call','phone_call','phone_call','phone_call','phone_call','walk_in','web','referral','other'])[1 + (h2 / 13) % 11],
      (ARRAY['spouse','child','child','child','parent','sibling','grandchild','other_family','friend','professional'])[1 + (h4 / 13) % 10],
      CASE WHEN (h4 / 17) % 10 < 7 THEN deceased_first || ' ' || family END,
      CASE WHEN (h4 / 17) % 10 < 7 THEN (died - make_interval(years => 58 + ((h1 / 19) % 40)::int))::date END,
      CASE WHEN (h4 / 17) % 10 < 7 THEN died END,
      CASE WHEN status <> 'lead' THEN (ARRAY['burial','cremation','memorial','viewing','consultation'])[1 + (h2 / 23) % 5] END,
      CASE WHEN status IN ('customer','closed') THEN died + ((h3 / 29) % 9)::int + 3 END,
      CASE WHEN status IN ('customer','closed') THEN (ARRAY['Rosehill chapel','Main chapel','Graveside, Section B','St. Hyacinth Basilica'])[1 + (h3 / 31) % 4] END,
      (ARRAY['English','English','English','English','English','Spanish','Spanish','Polish','Korean','Tagalog','Arabic'])[1 + (h1 / 37) % 11],
      (ARRAY['Catholic','Catholic','Baptist','Lutheran','Jewish','Muslim','Orthodox','None'])[1 + (h2 / 41) % 8],
      (h1 / 43) % 9 = 0,
      CASE WHEN status IN ('customer','closed') THEN 300000 + (h4 / 47) % 900000 END,
      CASE WHEN status IN ('customer','closed') THEN ((300000 + (h4 / 47) % 900000) * ((h3 / 53) % 5)) / 4 END,
      CASE WHEN status IN ('customer','closed') THEN (ARRAY['not_started','partial','partial','paid','overdue'])[1 + (h3 / 53) % 5] END,
      (ARRAY['call','call','call','call','call','call','call','staff','staff','import'])[1 + (h1 / 59) % 10],
      CASE WHEN h2 % 7 = 0 THEN 'Prefers a call in the afternoon.' END,
      now() - make_interval(secs => (h1 % (3 * 365 * 86400))::double precision),
      now() - make_interval(secs => (h1 % (3 * 365 * 86400))::double precision) + make_interval(secs => ((h2 / 61) % 86400)::double precision)
    FROM n`.execute(db);
}

/**
 * Calls `from`..`to`, started at random over the last 90 days: about a fifth booked, one in sixteen
 * urgent, the rest information, no booking or abandoned; nine in ten from a known contact.
 */
async function insertCalls(db: Database, input: { tenantId: string; slug: string; contacts: number; from: number; to: number; salt: number }): Promise<void> {
  await sql`
    WITH people AS (
      SELECT id, phone_e164, name, row_number() OVER (ORDER BY created_at, id) AS rn FROM contacts WHERE tenant_id = ${input.tenantId}::uuid
    ), s AS (
      SELECT j, ${hashes('j', input.salt)} FROM generate_series(${input.from}::int, ${input.to}::int) AS j
    ), o AS (
      SELECT s.*,
        CASE WHEN h4 % 100 < 22 THEN 'booked' WHEN h4 % 100 < 28 THEN 'urgent' WHEN h4 % 100 < 55 THEN 'information'
             WHEN h4 % 100 < 86 THEN 'no_booking' ELSE 'abandoned' END AS outcome,
        now() - make_interval(secs => (h1 % (90 * 86400))::double precision) AS started
      FROM s
    )
    INSERT INTO calls (tenant_id, call_sid, workflow_id, from_phone, status, outcome, urgent, urgency_reason, transcript, extracted, contact_id, started_at, ended_at)
    SELECT ${input.tenantId}::uuid,
      'CA' || md5(${input.slug}::text || ':' || j),
      'call-' || ${input.slug}::text || '-' || j,
      coalesce(p.phone_e164, '+1312555' || lpad((h2 % 10000)::text, 4, '0')),
      'completed',
      outcome,
      outcome = 'urgent',
      CASE WHEN outcome = 'urgent' THEN (ARRAY['death at home, needs transfer tonight','hospital asks for pickup','family wants to see the body today'])[1 + (h3 / 7) % 3] END,
      jsonb_build_array(
        jsonb_build_object('role', 'agent', 'text', 'Thank you for calling. How can I help you today?'),
        jsonb_build_object('role', 'caller', 'text', 'Hello, this is ' || coalesce(p.name, 'a neighbour') || '. My mother passed away and I would like to arrange a service.'),
        jsonb_build_object('role', 'agent', 'text', 'I am so sorry for your loss. Let me see what we can do.'),
        jsonb_build_object('role', 'caller', 'text', 'Thank you, that would help a lot.')),
      jsonb_build_object('callerName', p.name, 'serviceType', (ARRAY['burial','cremation','memorial','viewing'])[1 + (h3 / 11) % 4]),
      p.id,
      started,
      started + make_interval(secs => (CASE WHEN outcome = 'abandoned' THEN 10 + h2 % 30 ELSE 120 + h2 % 600 END)::double precision)
    FROM o LEFT JOIN people p ON h3 % 10 <> 0 AND p.rn = 1 + h2 % ${input.contacts}`.execute(db);
}

/**
 * An urgent_callback task for every urgent call, open for the last three days' and one in four of
 * the older ones (nobody called back yet), done for the rest; and a follow-up task on some calls
 * that ended without a booking, so the table holds more than the rows the calls list looks for.
 */
async function insertTasks(db: Database, tenantId: string): Promise<void> {
  await sql`
    INSERT INTO tasks (tenant_id, kind, title, contact_id, call_id, due_at, status, done_at, idempotency_key, created_at)
    SELECT c.tenant_id, 'urgent_callback', 'Call back: ' || c.urgency_reason, c.contact_id, c.id, c.started_at + interval '15 minutes',
      CASE WHEN open THEN 'open' ELSE 'done' END, CASE WHEN open THEN NULL ELSE c.started_at + interval '40 minutes' END,
      'urgent-callback:' || c.workflow_id, c.started_at
    FROM (SELECT c.*, c.started_at > now() - interval '3 days' OR hashtext(c.call_sid) % 4 = 0 AS open FROM calls c WHERE c.tenant_id = ${tenantId}::uuid AND c.urgent) c`.execute(db);
  await sql`
    INSERT INTO tasks (tenant_id, kind, title, contact_id, call_id, due_at, status, done_at, idempotency_key, created_at)
    SELECT c.tenant_id, 'follow_up_call', 'Follow up on the call', c.contact_id, c.id, c.started_at + interval '2 days',
      CASE WHEN c.started_at > now() - interval '2 days' THEN 'open' ELSE 'done' END,
      CASE WHEN c.started_at > now() - interval '2 days' THEN NULL ELSE c.started_at + interval '1 day' END,
      'follow-up:' || c.workflow_id, c.started_at
    FROM calls c WHERE c.tenant_id = ${tenantId}::uuid AND c.outcome = 'no_booking' AND hashtext(c.call_sid) % 3 = 0`.execute(db);
}

/**
 * One confirmed appointment per booked call, in the order the calls came in, 20 minutes apart on
 * three rooms in turn: every booking has a time of its own, and on one room they are an hour apart,
 * the 45 minutes and the 15-minute buffer, so the no-overlap exclusion constraint holds.
 */
async function insertAppointments(db: Database, tenantId: string): Promise<void> {
  await sql`
    WITH booked AS (
      SELECT c.id, c.workflow_id, c.contact_id, row_number() OVER (ORDER BY c.started_at, c.id) - 1 AS k,
        min(c.started_at) OVER () AS first_call
      FROM calls c WHERE c.tenant_id = ${tenantId}::uuid AND c.outcome = 'booked'
    ), slots AS (
      SELECT b.*, (ARRAY['main','chapel','graveside'])[1 + k % 3] AS resource,
        date_trunc('hour', first_call) + interval '1 day' + k * interval '20 minutes' AS starts,
        (ARRAY['consultation','planning','burial','cremation','memorial','viewing'])[1 + (k * 7) % 6] AS service
      FROM booked b
    )
    INSERT INTO calendar_events (tenant_id, resource, kind, service_type, title, status, starts_at, ends_at, buffer_minutes, blocked,
      contact_id, call_id, workflow_id, confirmation_code)
    SELECT ${tenantId}::uuid, resource, 'appointment', service, initcap(service) || ': ' || coalesce(p.name, 'caller'), 'confirmed',
      starts, starts + interval '45 minutes', 15, tstzrange(starts, starts + interval '45 minutes' + make_interval(mins => 15), '[)'),
      slots.contact_id, slots.id, slots.workflow_id, upper(left(service, 3)) || '-' || lpad((k + 1)::text, 6, '0')
    FROM slots LEFT JOIN contacts p ON p.id = slots.contact_id`.execute(db);
}

async function inBatches(total: number, logger: Logger, what: string, insert: (from: number, to: number) => Promise<void>): Promise<void> {
  const started = now();
  for (let from = 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1);
    await insert(from, to);
    logger.info({ done: to, of: total, ms: Math.round(since(started)) }, `seeding ${what}`);
  }
}

/** One organization's contacts, calls, tasks and appointments; `salt` keeps two organizations from being copies. */
export async function seedOrganization(
  db: Database,
  organization: { id: string; slug: string },
  size: SeedSize,
  salt: number,
  logger: Logger,
): Promise<SeededCounts> {
  const log = logger.child({ organization: organization.slug });
  await inBatches(size.contacts, log, 'contacts', (from, to) => insertContacts(db, organization.id, from, to, salt));
  await inBatches(size.calls, log, 'calls', (from, to) =>
    insertCalls(db, { tenantId: organization.id, slug: organization.slug, contacts: size.contacts, from, to, salt: salt + 100 }),
  );
  await insertTasks(db, organization.id);
  await insertAppointments(db, organization.id);
  const counts = await sql<{ urgent_open: number; tasks: number; appointments: number }>`
    SELECT (SELECT count(*) FROM tasks WHERE tenant_id = ${organization.id}::uuid AND kind = 'urgent_callback' AND status = 'open')::int AS urgent_open,
      (SELECT count(*) FROM tasks WHERE tenant_id = ${organization.id}::uuid)::int AS tasks,
      (SELECT count(*) FROM calendar_events WHERE tenant_id = ${organization.id}::uuid AND kind = 'appointment')::int AS appointments`.execute(db);
  const row = counts.rows[0]!;
  log.info({ tasks: row.tasks, urgentOpen: row.urgent_open, appointments: row.appointments }, 'seeded tasks and appointments');
  return { ...size, urgentOpen: row.urgent_open, tasks: row.tasks, appointments: row.appointments };
}

/**
 * What autovacuum would have done by the time staff look: statistics for the planner, the GIN
 * index's pending list merged, the visibility map set.
 */
export async function settleTables(db: Database, logger: Logger): Promise<void> {
  const started = now();
  for (const table of ['contacts', 'calls', 'tasks', 'calendar_events']) {
    await sql`VACUUM (ANALYZE) ${sql.table(table)}`.execute(db);
  }
  logger.info({ ms: Math.round(since(started)) }, 'vacuumed and analyzed');
}
