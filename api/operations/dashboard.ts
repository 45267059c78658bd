import { DateTime } from 'luxon';
import type { Database } from '../../db/database.js';
import { withOrganization } from '../../db/organization-scope.js';
import { listAgenda } from '../../db/queries/calendar.js';
import { countCalls, listCalls, listTimingsSince } from '../../db/queries/call-list.js';
import { summariseLatency } from '../../domain/call/latency-summary.js';
import { countContactsSince, listContactRecords } from '../../db/queries/contact-records.js';
import { listTasks } from '../../db/queries/tasks.js';
import { getTenant } from '../../db/queries/tenants.js';

const SHOWN = 8;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The morning view: today's appointments (the organization's today), who called since yesterday
 * morning, urgent calls still waiting for a person, new contacts, tasks due by tonight, and how long
 * callers waited for the agent over the last day.
 */
export function getDashboard(scope: { db: Database; tenantId: string }, now: Date) {
  const { tenantId } = scope;
  return withOrganization(scope.db, tenantId, async (tx) => {
    const tenant = await getTenant(tx, tenantId);
    const today = DateTime.fromJSDate(now, { zone: tenant.settings.timeZone }).startOf('day');
    const since = today.minus({ days: 1 }).toJSDate();
    const [appointments, recentCalls, callsSinceYesterday, urgentWaiting, newContacts, tasksDue, timings] = await Promise.all([
      listAgenda(tx, { tenantId, from: today.toJSDate(), to: today.plus({ days: 1 }).toJSDate(), limit: 50 }),
      listCalls(tx, { tenantId, since, limit: SHOWN, offset: 0 }),
      countCalls(tx, { tenantId, since }),
      listCalls(tx, { tenantId, needsCallback: true, limit: SHOWN, offset: 0 }),
      countContactsSince(tx, { tenantId, since }),
      listTasks(tx, { tenantId, status: 'open', dueBefore: today.plus({ days: 1 }).toJSDate(), limit: 20 }),
      listTimingsSince(tx, { tenantId, since: new Date(now.getTime() - DAY_MS) }),
    ]);
    const newest = newContacts > 0 ? await listContactRecords(tx, { tenantId, sort: 'recent', limit: SHOWN, offset: 0 }) : { items: [] };
    return {
      timeZone: tenant.settings.timeZone,
      today: today.toISODate()!,
      appointments,
      calls: { count: callsSinceYesterday, latest: recentCalls.items },
      urgentWaiting: urgentWaiting.items,
      newContacts: { count: newContacts, latest: newest.items.filter((c) => c.createdAt >= since) },
      tasksDue,
      latency: summariseLatency(timings),
    };
  });
}
