import { sql, type Selectable } from 'kysely';
import type { ServiceType } from '../../domain/services.js';
import type { Executor, Tx } from '../executor.js';
import type { CalendarEvents } from '../generated/database.js';

export const MAIN_RESOURCE = 'main';

export type CalendarEvent = {
  id: string;
  tenantId: string;
  resource: string;
  kind: 'appointment' | 'external';
  serviceType: ServiceType | null;
  title: string;
  status: 'confirmed' | 'held' | 'cancelled';
  start: string;
  end: string;
  bufferMinutes: number;
  confirmationCode: string | null;
  contactId: string | null;
  callId: string | null;
  workflowId: string | null;
  holdExpiresAt: string | null;
};

function toEvent(row: Selectable<CalendarEvents>): CalendarEvent {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    resource: row.resource,
    kind: row.kind as CalendarEvent['kind'],
    serviceType: row.service_type as ServiceType | null,
    title: row.title,
    status: row.status as CalendarEvent['status'],
    start: row.starts_at.toISOString(),
    end: row.ends_at.toISOString(),
    bufferMinutes: row.buffer_minutes,
    confirmationCode: row.confirmation_code,
    contactId: row.contact_id,
    callId: row.call_id,
    workflowId: row.workflow_id,
    holdExpiresAt: row.hold_expires_at?.toISOString() ?? null,
  };
}

/** The range the exclusion constraint compares: the event itself plus its buffer after it. */
function blockedRange(start: string, end: string, bufferMinutes: number) {
  return sql<string>`tstzrange(${start}::timestamptz, ${end}::timestamptz + make_interval(mins => ${bufferMinutes}), '[)')`;
}

// Holds expire on the database's clock: a simulated call's reference time may be any day, but a
// caller who went quiet is measured in real minutes.
const HOLD_IS_LIVE = sql<boolean>`hold_expires_at > now()`;

/**
 * Blocked ranges of live events that reach into [from, to). A hold past its expiry no longer
 * counts: the next booking that needs its time cancels it (see cancelExpiredHolds).
 */
export async function listBlockedIntervals(
  db: Executor,
  input: { tenantId: string; resource: string; from: string; to: string },
): Promise<Array<{ start: string; end: string }>> {
  const rows = await db
    .selectFrom('calendar_events')
    .select([sql<Date>`lower(blocked)`.as('start'), sql<Date>`upper(blocked)`.as('end')])
    .where('tenant_id', '=', input.tenantId)
    .where('resource', '=', input.resource)
    .where('status', '<>', 'cancelled')
    .where((eb) => eb.or([eb('status', '<>', 'held'), HOLD_IS_LIVE]))
    .where(sql<boolean>`blocked && tstzrange(${input.from}::timestamptz, ${input.to}::timestamptz, '[)')`)
    .execute();
  return rows.map((row) => ({ start: row.start.toISOString(), end: row.end.toISOString() }));
}

export type NewEvent = {
  tenantId: string;
  resource: string;
  kind: CalendarEvent['kind'];
  serviceType: ServiceType | null;
  title: string;
  start: string;
  end: string;
  bufferMinutes: number;
  status: 'confirmed' | 'held';
  /** For a held event: how long it stays held without the caller deciding. */
  holdMinutes?: number;
  contactId?: string | null;
  callId?: string | null;
  workflowId?: string | null;
};

/** Fails with SQLSTATE 23P01 when the time overlaps a live event on the resource. */
export async function insertEvent(db: Executor, event: NewEvent): Promise<CalendarEvent> {
  if (event.status === 'held' && !event.holdMinutes) throw new RangeError('a held event needs holdMinutes');
  const row = await db
    .insertInto('calendar_events')
    .values({
      tenant_id: event.tenantId,
      resource: event.resource,
      kind: event.kind,
      service_type: event.serviceType,
      title: event.title,
      status: event.status,
      starts_at: event.start,
      ends_at: event.end,
      buffer_minutes: event.bufferMinutes,
      blocked: blockedRange(event.start, event.end, event.bufferMinutes),
      hold_expires_at: event.status === 'held' ? sql<Date>`now() + make_interval(mins => ${event.holdMinutes})` : null,
      contact_id: event.contactId ?? null,
      call_id: event.callId ?? null,
      workflow_id: event.workflowId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEvent(row);
}

function liveAppointmentOfWorkflow(db: Executor, input: { tenantId: string; workflowId: string }) {
  return db
    .selectFrom('calendar_events')
    .selectAll()
    .where('tenant_id', '=', input.tenantId)
    .where('workflow_id', '=', input.workflowId)
    .where('kind', '=', 'appointment')
    .where('status', '<>', 'cancelled');
}

/** The appointment a call holds or has booked; locked, so a retried booking waits for the first. */
export async function lockLiveAppointmentOfWorkflow(tx: Tx, input: { tenantId: string; workflowId: string }): Promise<CalendarEvent | null> {
  const row = await liveAppointmentOfWorkflow(tx, input).forUpdate().executeTakeFirst();
  return row ? toEvent(row) : null;
}

export async function findLiveAppointmentOfWorkflow(db: Executor, input: { tenantId: string; workflowId: string }): Promise<CalendarEvent | null> {
  const row = await liveAppointmentOfWorkflow(db, input).executeTakeFirst();
  return row ? toEvent(row) : null;
}

/** Turns a held appointment into a booked one, in place: its time never becomes free in between. */
export async function confirmHeldEvent(
  tx: Tx,
  input: { tenantId: string; id: string; confirmationCode: string; contactId: string | null; title: string },
): Promise<CalendarEvent> {
  const row = await tx
    .updateTable('calendar_events')
    .set({
      status: 'confirmed',
      hold_expires_at: null,
      confirmation_code: input.confirmationCode,
      contact_id: input.contactId,
      title: input.title,
      updated_at: sql`now()`,
    })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEvent(row);
}

export async function setConfirmationCode(
  tx: Tx,
  input: { tenantId: string; id: string; confirmationCode: string },
): Promise<CalendarEvent> {
  const row = await tx
    .updateTable('calendar_events')
    .set({ confirmation_code: input.confirmationCode, updated_at: sql`now()` })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEvent(row);
}

export async function cancelEvent(db: Executor, input: { tenantId: string; id: string }): Promise<void> {
  await db
    .updateTable('calendar_events')
    .set({ status: 'cancelled', hold_expires_at: null, updated_at: sql`now()` })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.id)
    .execute();
}

/** Releases what a call still holds (hang-up, time-out); a booked appointment is left alone. */
export async function cancelHoldsOfWorkflow(db: Executor, input: { tenantId: string; workflowId: string }): Promise<number> {
  const result = await db
    .updateTable('calendar_events')
    .set({ status: 'cancelled', hold_expires_at: null, updated_at: sql`now()` })
    .where('tenant_id', '=', input.tenantId)
    .where('workflow_id', '=', input.workflowId)
    .where('status', '=', 'held')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Cancels holds whose caller has gone quiet past their expiry and that stand in the way of
 * [start, end + buffer): the exclusion constraint cannot look at the clock, so a booking does.
 */
export async function cancelExpiredHolds(
  tx: Tx,
  input: { tenantId: string; resource: string; start: string; end: string; bufferMinutes: number },
): Promise<void> {
  await tx
    .updateTable('calendar_events')
    .set({ status: 'cancelled', hold_expires_at: null, updated_at: sql`now()` })
    .where('tenant_id', '=', input.tenantId)
    .where('resource', '=', input.resource)
    .where('status', '=', 'held')
    .where(sql<boolean>`hold_expires_at <= now()`)
    .where(sql<boolean>`blocked && ${blockedRange(input.start, input.end, input.bufferMinutes)}`)
    .execute();
}

export type AgendaItem = CalendarEvent & { contactName: string | null; contactPhone: string | null };

/** Confirmed events starting in [from, to), in order, with who they are for. */
export async function listAgenda(db: Executor, input: { tenantId: string; from: Date; to: Date; limit: number }): Promise<AgendaItem[]> {
  const rows = await db
    .selectFrom('calendar_events as e')
    .leftJoin('contacts as p', (join) => join.onRef('p.id', '=', 'e.contact_id').onRef('p.tenant_id', '=', 'e.tenant_id'))
    .selectAll('e')
    .select(['p.name as contact_name', 'p.phone_e164 as contact_phone'])
    .where('e.tenant_id', '=', input.tenantId)
    .where('e.status', '=', 'confirmed')
    .where('e.starts_at', '>=', input.from)
    .where('e.starts_at', '<', input.to)
    .orderBy('e.starts_at')
    .limit(input.limit)
    .execute();
  return rows.map((row) => ({ ...toEvent(row), contactName: row.contact_name, contactPhone: row.contact_phone }));
}
