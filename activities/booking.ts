import type { Database } from '../db/database.js';
import type { Tx } from '../db/executor.js';
import { confirmHeldEvent, lockLiveAppointmentOfWorkflow, setConfirmationCode, type CalendarEvent } from '../db/queries/calendar.js';
import { nextConfirmationSequence } from '../db/queries/confirmation-counters.js';
import { getTenant } from '../db/queries/tenants.js';
import { AppError } from '../domain/app-error.js';
import { appointmentTitle } from '../domain/call/appointment-words.js';
import type { Booking } from '../domain/call/booking.js';
import { formatConfirmationCode } from '../domain/confirmation-code.js';
import { instantToLocal } from '../domain/dates/zoned-time.js';
import { CONFIRMATION_PREFIXES, type ServiceType } from '../domain/services.js';
import { claimTime, takenTimeAsRefusal } from './claim-time.js';
import { slotWithinRules } from './slot-rules.js';

function toBooking(event: CalendarEvent, service: ServiceType, timeZone: string): Booking {
  if (!event.confirmationCode) throw new AppError('internal', `appointment ${event.id} has no confirmation number`);
  return {
    eventId: event.id,
    service,
    confirmation: event.confirmationCode,
    start: event.start,
    end: event.end,
    localStart: instantToLocal(event.start, timeZone),
    localEnd: instantToLocal(event.end, timeZone),
  };
}

async function nextCode(tx: Tx, tenantId: string, service: ServiceType): Promise<string> {
  const sequence = await nextConfirmationSequence(tx, { tenantId, prefix: CONFIRMATION_PREFIXES[service] });
  return formatConfirmationCode(service, sequence);
}

export function createBookingActivities(deps: { db: Database }) {
  return {
    /**
     * Books the appointment for the call, exactly once. The call's workflow id is the business key:
     * a retry after a crash finds the booking the first attempt committed and returns it. The
     * exclusion constraint, not this code, guarantees that no two bookings overlap.
     */
    async bookAppointment(input: {
      tenantId: string;
      workflowId: string;
      callId: string;
      contactId: string | null;
      service: ServiceType;
      localStart: string;
      now: string;
      callerName: string | null;
      deceasedName: string | null;
    }): Promise<Booking> {
      const tenant = await getTenant(deps.db, input.tenantId);
      const tenantId = tenant.id;
      const title = appointmentTitle(input.service, input.callerName, input.deceasedName);
      const event = await deps.db
        .transaction()
        .execute(async (tx) => {
          const live = await lockLiveAppointmentOfWorkflow(tx, { tenantId, workflowId: input.workflowId });
          if (live?.status === 'confirmed') {
            if (instantToLocal(live.start, tenant.settings.timeZone) === input.localStart) return live;
            throw new AppError('conflict', 'This call has already booked another time.');
          }
          const slot = slotWithinRules(tenant.settings, input.service, input.localStart, input.now);
          if (live && live.start === slot.start && live.serviceType === input.service) {
            const confirmationCode = await nextCode(tx, tenantId, input.service);
            return confirmHeldEvent(tx, { tenantId, id: live.id, confirmationCode, contactId: input.contactId, title });
          }
          const inserted = await claimTime(tx, {
            tenant,
            slot,
            replacing: live,
            appointment: { serviceType: input.service, title, status: 'confirmed', contactId: input.contactId, callId: input.callId, workflowId: input.workflowId },
          });
          // Numbered only once the time is ours, so a refused booking never touches the counter.
          return setConfirmationCode(tx, { tenantId, id: inserted.id, confirmationCode: await nextCode(tx, tenantId, input.service) });
        })
        .catch(takenTimeAsRefusal(input.localStart));
      return toBooking(event, input.service, tenant.settings.timeZone);
    },
  };
}
