import type { Logger } from '../../config/logger.js';
import { createAvailabilityActivities } from '../../activities/availability.js';
import type { Database } from '../../db/database.js';
import { listBlockedIntervals, MAIN_RESOURCE } from '../../db/queries/calendar.js';
import { createBusyIndex, findSlots } from '../../domain/scheduling/index.js';
import { REFERENCE_TIME, referenceDate } from '../support/bench-call.js';
import { createBenchTenant } from '../support/bench-tenant.js';
import { insertExternalEvents } from '../support/bulk-events.js';
import { READ_WINDOW, type BusyCalendar } from '../support/busy-calendars.js';
import { callerWish } from '../support/caller-wishes.js';
import { timed, timedSync } from '../support/stopwatch.js';
import { summarize, type Summary } from '../support/summary.js';

/** Untimed first checks: they pay for connections, plans and V8 warming up. */
const WARM_UP = 20;

export type ActivitySearchFigures = { insertMs: number; activity: Summary; read: Summary; search: Summary; rowsRead: number; slotsOffered: number };

/**
 * The real availability path over Postgres: the activity as the worker runs it, and, to show where
 * its time goes, the calendar read and the index build plus search it is made of, timed apart.
 */
export async function measureActivitySearch(db: Database, calendar: BusyCalendar, queries: number, logger: Logger): Promise<ActivitySearchFigures> {
  const tenant = await createBenchTenant(db, `availability-${calendar.name}`);
  logger.info({ calendar: calendar.name, events: calendar.events.length }, 'inserting calendar events');
  const { ms: insertMs } = await timed(() => insertExternalEvents(db, { tenantId: tenant.id, resource: MAIN_RESOURCE, events: calendar.events }));
  const { findAvailableSlots } = createAvailabilityActivities({ db });
  const today = referenceDate(tenant.settings.timeZone);
  const window = {
    tenantId: tenant.id,
    resource: MAIN_RESOURCE,
    from: new Date(Date.parse(REFERENCE_TIME) - READ_WINDOW.beforeMs).toISOString(),
    to: new Date(Date.parse(REFERENCE_TIME) + READ_WINDOW.afterMs).toISOString(),
  };
  const samples = { activity: [] as number[], read: [] as number[], search: [] as number[] };
  let rowsRead = 0;
  let slotsOffered = 0;
  logger.info({ calendar: calendar.name, queries }, 'timing availability checks');
  for (let i = 0; i < WARM_UP + queries; i++) {
    const { service, preference, requestedLocalStart, urgent } = callerWish(today, i);
    const activity = await timed(() => findAvailableSlots({ tenantId: tenant.id, service, preference, requestedLocalStart, urgent, now: REFERENCE_TIME, limit: 3 }));
    const read = await timed(() => listBlockedIntervals(db, window));
    const busy = read.value;
    const search = timedSync(() => findSlots({ settings: tenant.settings, service, preference, urgent, now: REFERENCE_TIME, busy: createBusyIndex(busy), horizonDays: 14, limit: 3 }));
    if (i < WARM_UP) continue;
    samples.activity.push(activity.ms);
    samples.read.push(read.ms);
    samples.search.push(search.ms);
    rowsRead = read.value.length;
    slotsOffered += activity.value.slots.length;
  }
  return {
    insertMs,
    activity: summarize(samples.activity),
    read: summarize(samples.read),
    search: summarize(samples.search),
    rowsRead,
    slotsOffered: slotsOffered / queries,
  };
}
