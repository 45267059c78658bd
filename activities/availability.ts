import type { Database } from '../db/database.js';
import { listBlockedIntervals, MAIN_RESOURCE } from '../db/queries/calendar.js';
import { getTenant } from '../db/queries/tenants.js';
import { daysBetween } from '../domain/dates/local-date.js';
import { instantToLocal } from '../domain/dates/zoned-time.js';
import { checkSlot, createBusyIndex, findSlots, type SlotCheck } from '../domain/scheduling/index.js';
import type { Slot } from '../domain/scheduling/slot.js';
import type { ServiceType } from '../domain/services.js';
import { LOOK_AHEAD_DAYS, type TimePreference } from '../domain/time-preference.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export type AvailabilityAnswer = { requested: SlotCheck | null; slots: Slot[] };

/** Far enough ahead to reach every day the caller named ("the 21st" may be next month). */
function horizonDays(now: string, timeZone: string, preference: TimePreference, requestedLocalStart: string | null): number {
  const today = instantToLocal(now, timeZone).slice(0, 10);
  const named = [...preference.days, ...(requestedLocalStart ? [requestedLocalStart.slice(0, 10)] : [])];
  const furthest = named.reduce((days, day) => Math.max(days, daysBetween(today, day) + 1), 0);
  return Math.max(LOOK_AHEAD_DAYS, furthest);
}

export function createAvailabilityActivities(deps: { db: Database }) {
  return {
    /**
     * Free times for the service, best first by what the caller said, and whether the exact time
     * they asked for is free. Reads the calendar once; the slot rules are the pure ones in domain/.
     */
    async findAvailableSlots(input: {
      tenantId: string;
      service: ServiceType;
      preference: TimePreference;
      requestedLocalStart: string | null;
      now: string;
      urgent: boolean;
      limit: number;
    }): Promise<AvailabilityAnswer> {
      const tenant = await getTenant(deps.db, input.tenantId);
      const days = horizonDays(input.now, tenant.settings.timeZone, input.preference, input.requestedLocalStart);
      const busy = await listBlockedIntervals(deps.db, {
        tenantId: tenant.id,
        resource: MAIN_RESOURCE,
        from: new Date(Date.parse(input.now) - DAY_MS).toISOString(),
        to: new Date(Date.parse(input.now) + (days + 2) * DAY_MS).toISOString(),
      });
      // One index for both questions: building it is the expensive part over a busy calendar.
      const search = { settings: tenant.settings, service: input.service, now: input.now, busy: createBusyIndex(busy), urgent: input.urgent, horizonDays: days };
      return {
        requested: input.requestedLocalStart ? checkSlot(search, input.requestedLocalStart) : null,
        slots: findSlots({ ...search, preference: input.preference, limit: input.limit }),
      };
    },
  };
}

