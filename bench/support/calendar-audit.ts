import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

const LIVE = ['confirmed', 'held'];

/**
 * Pairs of live events of one organization that overlap on a resource, buffers included. The
 * exclusion constraint should make this 0; the bench counts instead of trusting it.
 */
export async function countOverlappingPairs(db: Database, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('calendar_events as a')
    .innerJoin('calendar_events as b', (join) =>
      join
        .onRef('b.tenant_id', '=', 'a.tenant_id')
        .onRef('b.resource', '=', 'a.resource')
        .onRef('b.id', '>', 'a.id')
        .on(sql<boolean>`a.blocked && b.blocked`),
    )
    .select((eb) => eb.fn.countAll<number>().as('pairs'))
    .where('a.tenant_id', '=', tenantId)
    .where('a.status', 'in', LIVE)
    .where('b.status', 'in', LIVE)
    .executeTakeFirstOrThrow();
  return Number(row.pairs);
}

export async function countConfirmedAppointments(db: Database, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('calendar_events')
    .select((eb) => eb.fn.countAll<number>().as('appointments'))
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'appointment')
    .where('status', '=', 'confirmed')
    .executeTakeFirstOrThrow();
  return Number(row.appointments);
}
