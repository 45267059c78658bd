import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  // A person's account at Google or Microsoft, linked to the user it signs in as. The pair
  // (issuer, subject) is the only stable name OpenID Connect gives a person: an email can change
  // hands, a subject never does. People are not organization rows, so there is no tenant_id.
  await db.schema
    .createTable('user_identities')
    .addColumn('issuer', 'text', (c) => c.notNull().check(sql`length(issuer) > 0`))
    .addColumn('subject', 'text', (c) => c.notNull().check(sql`length(subject) > 0`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // The verified email the identity was matched by when it was linked, for whoever asks later why.
    .addColumn('linked_email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_sign_in_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('user_identities_pkey', ['issuer', 'subject'])
    .execute();
  await db.schema.createIndex('user_identities_user_idx').on('user_identities').column('user_id').execute();

  // A sign-in that has left for the provider and not come back yet. The browser holds a random
  // token in a cookie; the row is stored by its SHA-256 and deleted when the browser returns, so a
  // callback can be used once and only by the browser that started it.
  await db.schema
    .createTable('oidc_sign_in_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('oidc_sign_in_attempts_expires_idx').on('oidc_sign_in_attempts').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('oidc_sign_in_attempts').execute();
  await db.schema.dropTable('user_identities').execute();
}
