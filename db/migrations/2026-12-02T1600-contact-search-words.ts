import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  // A search for "Jonson" compared the query with every contact that shared a trigram with it:
  // hundreds of rows read and scored per request for a common surname. An organization has a few
  // thousand distinct words across all its contacts, so the misspelling is now matched against
  // those words (the vocabulary) and the contacts are then found by the matching words exactly,
  // from an index that also holds created_at, so a page is ranked without reading the contacts.
  // Phone digits are not words here: they stay searched on contacts.search_text.
  await sql`CREATE TABLE contact_search_words (
    tenant_id uuid NOT NULL REFERENCES tenants(id),
    contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    word text NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, contact_id, word)
  )`.execute(db);
  await sql`CREATE INDEX contact_search_words_word_idx ON contact_search_words (tenant_id, word, created_at DESC, contact_id)`.execute(db);
  await sql`CREATE INDEX contact_search_words_contact_idx ON contact_search_words (contact_id)`.execute(db);

  // Words are only ever added: a word no contact uses any more finds nobody, and never deleting
  // keeps writers from contending for the row of a common word.
  await sql`CREATE TABLE contact_search_vocabulary (
    tenant_id uuid NOT NULL REFERENCES tenants(id),
    word text NOT NULL,
    PRIMARY KEY (tenant_id, word)
  )`.execute(db);
  await sql`CREATE INDEX contact_search_vocabulary_trgm_idx ON contact_search_vocabulary USING gin (word gin_trgm_ops)`.execute(db);

  for (const table of ['contact_search_words', 'contact_search_vocabulary']) {
    await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`CREATE POLICY organization_isolation ON ${sql.table(table)}
      USING (tenant_id = current_organization()) WITH CHECK (tenant_id = current_organization())`.execute(db);
    await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ${sql.table(table)} TO organization_scope`.execute(db);
  }
  // As contact_search: the policy would keep LIKE and <% from the trigram index, so the view
  // states the same wall itself and runs with its owner's rights.
  await sql`CREATE VIEW contact_search_vocabulary_scoped AS
    SELECT tenant_id, word FROM contact_search_vocabulary WHERE tenant_id = current_organization()`.execute(db);
  await sql`GRANT SELECT ON contact_search_vocabulary_scoped TO organization_scope`.execute(db);

  // The words of a search text: runs of letters (accents included), two or more long.
  await sql`CREATE FUNCTION contact_search_words_of(text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT w FROM regexp_split_to_table(coalesce($1, ''), '[^[:alpha:]]+') AS w WHERE length(w) > 1
  $$`.execute(db);

  await sql`CREATE FUNCTION contact_search_words_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        DELETE FROM contact_search_words WHERE tenant_id = OLD.tenant_id AND contact_id = OLD.id;
      END IF;
      INSERT INTO contact_search_words (tenant_id, contact_id, word, created_at)
        SELECT NEW.tenant_id, NEW.id, w, NEW.created_at FROM contact_search_words_of(NEW.search_text) AS w;
      INSERT INTO contact_search_vocabulary (tenant_id, word)
        SELECT NEW.tenant_id, w FROM contact_search_words_of(NEW.search_text) AS w
        ON CONFLICT DO NOTHING;
      RETURN NULL;
    END
  $$`.execute(db);
  await sql`CREATE TRIGGER contact_search_words_on_insert AFTER INSERT ON contacts
    FOR EACH ROW EXECUTE FUNCTION contact_search_words_refresh()`.execute(db);
  await sql`CREATE TRIGGER contact_search_words_on_update AFTER UPDATE ON contacts
    FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text OR OLD.created_at IS DISTINCT FROM NEW.created_at)
    EXECUTE FUNCTION contact_search_words_refresh()`.execute(db);

  await sql`INSERT INTO contact_search_words (tenant_id, contact_id, word, created_at)
    SELECT c.tenant_id, c.id, w, c.created_at FROM contacts c, contact_search_words_of(c.search_text) AS w`.execute(db);
  await sql`INSERT INTO contact_search_vocabulary (tenant_id, word)
    SELECT DISTINCT tenant_id, word FROM contact_search_words`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER contact_search_words_on_update ON contacts`.execute(db);
  await sql`DROP TRIGGER contact_search_words_on_insert ON contacts`.execute(db);
  await sql`DROP FUNCTION contact_search_words_refresh()`.execute(db);
  await sql`DROP FUNCTION contact_search_words_of(text)`.execute(db);
  await sql`DROP VIEW contact_search_vocabulary_scoped`.execute(db);
  await sql`DROP TABLE contact_search_vocabulary`.execute(db);
  await sql`DROP TABLE contact_search_words`.execute(db);
}
