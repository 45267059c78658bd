import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import type { BusyInterval } from '../../domain/scheduling/index.js';

/**
 * Inserts many external events in one statement (two arrays unnested), with `blocked` computed as
 * the schema's check constraint demands; row-by-row inserts would make the setup the slow part.
 */
export async function insertExternalEvents(db: Database, input: { tenantId: string; resource: string; events: readonly BusyInterval[] }): Promise<void> {
  const starts = input.events.map((event) => event.start);
  const ends = input.events.map((event) => event.end);
  await sql`
    INSERT INTO calendar_events (tenant_id, resource, kind, title, status, starts_at, ends_at, buffer_minutes, blocked)
    SELECT ${input.tenantId}, ${input.resource}, 'external', 'Bench event', 'confirmed', s, e, 0, tstzrange(s, e + make_interval(mins => 0), '[)')
    FROM unnest(${starts}::timestamptz[], ${ends}::timestamptz[]) AS t(s, e)`.execute(db);
  await sql`ANALYZE calendar_events`.execute(db);
}
