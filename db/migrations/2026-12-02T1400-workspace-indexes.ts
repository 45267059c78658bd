import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  // Row-level security applies its policy before any condition whose function is not LEAKPROOF,
  // and LIKE, pg_trgm's <% and word_similarity are not. Under the organization_scope role a
  // contact search could not use contacts_search_trgm_idx: it read every contact of the
  // organization and compared each one (seconds at 50,000 contacts). This view states the same
  // wall itself, the organization set for the transaction, and runs with its owner's rights, so
  // the policy does not wrap it and the search conditions reach the index. Only the columns a
  // contact list filters and sorts by; the page's whole rows are then read from contacts, under
  // the policy as before. Not a security_barrier view: that would bring the same ordering back.
  await sql`CREATE VIEW contact_search AS
    SELECT id, tenant_id, search_text, name, family_name, status, lead_source, service_type, created_at, updated_at
    FROM contacts WHERE tenant_id = current_organization()`.execute(db);
  await sql`GRANT SELECT ON contact_search TO organization_scope`.execute(db);

  // The calls list asks of every call whether its urgent callback is still open, and
  // ?needsCallback=true lists only those: one probe of a small index per call instead of reading
  // every open task of the organization.
  await sql`CREATE INDEX tasks_open_callback_idx ON tasks (tenant_id, call_id) WHERE kind = 'urgent_callback' AND status = 'open'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX tasks_open_callback_idx`.execute(db);
  await sql`DROP VIEW contact_search`.execute(db);
}
