import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { measureActivitySearch } from './availability/activity-search.js';
import { measurePureSearch } from './availability/pure-search.js';
import type { Bench } from './support/bench.js';
import { REFERENCE_TIME } from './support/bench-call.js';
import { BENCH_TIME_ZONE } from './support/bench-tenant.js';
import { eventsInReadWindow, packedCalendar, spreadCalendar } from './support/busy-calendars.js';
import type { Figure } from './support/figure.js';
import { formatMs, formatSummary } from './support/format.js';

const TARGET_P99_MS = 10;

const figure = (label: string, value: number, target: number | null): Figure => ({
  bench: 'availability',
  label,
  value,
  unit: 'ms',
  target: target === null ? null : { op: '<=', value: target },
});

export const availabilityBench: Bench = {
  name: 'availability',
  title: 'Availability: the slot engine alone, then the activity over Postgres',
  async run(context) {
    const { events, searches, queries } = context.options;
    const settings = defaultTenantSettings(BENCH_TIME_ZONE);
    const calendars = [spreadCalendar(events, REFERENCE_TIME), packedCalendar(events, REFERENCE_TIME)];
    const figures: Figure[] = [];

    context.print(`(a) pure findSlots: 14-day searches over a prebuilt index, ${searches} searches with varied wishes`);
    for (const calendar of calendars) {
      context.logger.info({ calendar: calendar.name }, 'timing the pure slot search');
      const pure = measurePureSearch(calendar, settings, searches);
      context.print(`  ${calendar.name}: ${calendar.description}; ${eventsInReadWindow(calendar, REFERENCE_TIME)} of them in the 17 days a check reads`);
      context.print(`    index build   ${formatSummary(pure.build)}   (over all ${calendar.events.length} events)`);
      context.print(`    findSlots     ${formatSummary(pure.search)}   (${pure.slotsOffered.toFixed(2)} slots offered on average)`);
      figures.push(figure(`findSlots p99, ${calendar.name}`, pure.search.p99, null), figure(`index build p50, ${calendar.name}`, pure.build.p50, null));
    }

    context.print(`\n(b) findAvailableSlots activity over Postgres, ${queries} checks with varied wishes (target p99 ≤ ${TARGET_P99_MS} ms)`);
    const runtime = await context.runtime();
    for (const calendar of calendars) {
      const db = await measureActivitySearch(runtime.db, calendar, queries, context.logger);
      context.print(`  ${calendar.name}: ${calendar.events.length} events on resource main, inserted in ${formatMs(db.insertMs)}; ${db.rowsRead} rows read per check`);
      context.print(`    activity      ${formatSummary(db.activity)}   (${db.slotsOffered.toFixed(2)} slots offered on average)`);
      context.print(`    of which read ${formatSummary(db.read)}   (listBlockedIntervals)`);
      context.print(`    and search    ${formatSummary(db.search)}   (createBusyIndex + findSlots on the rows read)`);
      figures.push(figure(`activity p99, ${calendar.name}`, db.activity.p99, TARGET_P99_MS));
    }
    return figures;
  },
};
