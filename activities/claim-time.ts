import type { Tx } from '../db/executor.js';
import { isOverlapViolation } from '../db/postgres-errors.js';
import { cancelEvent, cancelExpiredHolds, insertEvent, MAIN_RESOURCE, type CalendarEvent, type NewEvent } from '../db/queries/calendar.js';
import type { Tenant } from '../db/queries/tenants.js';
import { AppError } from '../domain/app-error.js';
import type { Slot } from '../domain/scheduling/slot.js';

type AppointmentFields = Omit<NewEvent, 'tenantId' | 'resource' | 'kind' | 'start' | 'end' | 'bufferMinutes'>;

/**
 * Puts a call's appointment (held or booked) on the calendar inside the caller's transaction: lets
 * go of the call's other live appointment, clears expired holds in the way, and inserts. The
 * exclusion constraint refuses an overlap; see `takenTimeAsRefusal`.
 */
export async function claimTime(
  tx: Tx,
  input: { tenant: Tenant; slot: Slot; replacing: CalendarEvent | null; appointment: AppointmentFields },
): Promise<CalendarEvent> {
  const { tenant, slot } = input;
  if (input.replacing) await cancelEvent(tx, { tenantId: tenant.id, id: input.replacing.id });
  const range = { tenantId: tenant.id, resource: MAIN_RESOURCE, start: slot.start, end: slot.end, bufferMinutes: tenant.settings.bufferMinutes };
  await cancelExpiredHolds(tx, range);
  return insertEvent(tx, { ...range, kind: 'appointment', ...input.appointment });
}

/** The database's overlap refusal, said as the business refusal the agent understands. */
export function takenTimeAsRefusal(localStart: string) {
  return (error: unknown): never => {
    if (isOverlapViolation(error)) throw new AppError('slot_unavailable', `${localStart} was just taken.`, { cause: error });
    throw error;
  };
}
