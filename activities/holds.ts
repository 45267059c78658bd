import type { Database } from '../db/database.js';
import { cancelHoldsOfWorkflow, lockLiveAppointmentOfWorkflow } from '../db/queries/calendar.js';
import { getTenant } from '../db/queries/tenants.js';
import { AppError } from '../domain/app-error.js';
import { appointmentTitle } from '../domain/call/appointment-words.js';
import type { Hold } from '../domain/call/booking.js';
import type { ServiceType } from '../domain/services.js';
import { claimTime, takenTimeAsRefusal } from './claim-time.js';
import { slotWithinRules } from './slot-rules.js';

export function createHoldActivities(deps: { db: Database }) {
  return {
    /**
     * Holds a time for the caller while they decide, so no other call can take it meanwhile. A call
     * holds one time at most: holding another releases the first. Retrying returns the same hold.
     */
    async holdSlot(input: {
      tenantId: string;
      workflowId: string;
      callId: string;
      service: ServiceType;
      localStart: string;
      now: string;
      holdMinutes: number;
    }): Promise<Hold> {
      const tenant = await getTenant(deps.db, input.tenantId);
      const slot = slotWithinRules(tenant.settings, input.service, input.localStart, input.now);
      const event = await deps.db
        .transaction()
        .execute(async (tx) => {
          const live = await lockLiveAppointmentOfWorkflow(tx, { tenantId: tenant.id, workflowId: input.workflowId });
          if (live?.status === 'confirmed') throw new AppError('conflict', 'This call has already booked an appointment.');
          if (live && live.start === slot.start && live.serviceType === input.service) return live;
          return claimTime(tx, {
            tenant,
            slot,
            replacing: live,
            appointment: {
              serviceType: input.service,
              title: appointmentTitle(input.service, null, null),
              status: 'held',
              holdMinutes: input.holdMinutes,
              callId: input.callId,
              workflowId: input.workflowId,
            },
          });
        })
        .catch(takenTimeAsRefusal(input.localStart));
      return { eventId: event.id, service: input.service, ...slot, expiresAt: event.holdExpiresAt ?? slot.start };
    },

    /** Lets go of whatever the call still holds: the caller hung up or went quiet. */
    async releaseHolds(input: { tenantId: string; workflowId: string }): Promise<{ released: number }> {
      return { released: await cancelHoldsOfWorkflow(deps.db, input) };
    },
  };
}
