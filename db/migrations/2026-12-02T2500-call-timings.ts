import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once it has run anywhere.

export async function up(db: Kysely<any>): Promise<void> {
  // How long the caller waited for each of the agent's replies and our tools, on a live call:
  // [{kind: 'reply', at, totalMs, thinkMs, ttsMs} | {kind: 'tool', at, tool, ms}].
  await sql`ALTER TABLE calls ADD COLUMN timings jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(timings) = 'array')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE calls DROP COLUMN timings`.execute(db);
}
