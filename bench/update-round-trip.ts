import { randomBytes } from 'node:crypto';
import type { Tenant } from '../db/queries/tenants.js';
import type { CallRuntime } from '../simulation/scenarios/call-runtime.js';
import {
  bookAppointmentUpdate,
  checkAvailabilityUpdate,
  endCallUpdate,
  saveCallerDetailsUpdate,
  turnSignal,
} from '../workflows/call-messages.js';
import type { Bench, BenchContext } from './support/bench.js';
import { benchPhone, REFERENCE_TIME, referenceDate, startBenchCall } from './support/bench-call.js';
import { createBenchTenant } from './support/bench-tenant.js';
import { callerWish } from './support/caller-wishes.js';
import { distinctStarts } from './support/distinct-starts.js';
import type { Figure } from './support/figure.js';
import { formatSummary } from './support/format.js';
import { timed } from './support/stopwatch.js';
import { summarize, type Summary } from './support/summary.js';

const TARGET_P99_MS = 100;
/** Untimed updates first: the first ones pay for the worker's workflow cache and the pool's connections. */
const WARM_UP = 20;
const PROGRESS_EVERY = 100;
const BOOKED_SERVICE = 'burial';
const OPENING_LINE = "This is Grace Hall. My father passed away and I'd like to arrange his burial.";

const newCallSid = () => `BENCH${randomBytes(8).toString('hex')}`;

/** Many check_availability updates, one after another, on one open call. */
async function measureChecks(runtime: CallRuntime, tenant: Tenant, context: BenchContext): Promise<Summary> {
  const handle = await startBenchCall(runtime, tenant, { callSid: newCallSid(), fromPhone: benchPhone(0) });
  const today = referenceDate(tenant.settings.timeZone);
  const samples: number[] = [];
  try {
    for (let i = 0; i < WARM_UP + context.options.roundTrips; i++) {
      const { service, preference, requestedLocalStart } = callerWish(today, i);
      const { ms } = await timed(() => handle.executeUpdate(checkAvailabilityUpdate, { args: [{ service, preference, requestedLocalStart }] }));
      if (i >= WARM_UP) samples.push(ms);
      if (samples.length > 0 && samples.length % PROGRESS_EVERY === 0) context.logger.info({ done: samples.length }, 'check_availability round trips');
    }
  } finally {
    await handle.executeUpdate(endCallUpdate, { args: [{ reason: 'caller' }] });
  }
  return summarize(samples);
}

/**
 * One booking per call, at distinct free times, so each succeeds. The caller has spoken and been
 * read first, as in a real call; only the book_appointment update itself is timed.
 */
async function measureBookings(runtime: CallRuntime, tenant: Tenant, context: BenchContext): Promise<Summary> {
  const { bookings } = context.options;
  const starts = distinctStarts(tenant.settings, BOOKED_SERVICE, REFERENCE_TIME, WARM_UP + bookings);
  const samples: number[] = [];
  for (const [i, localStart] of starts.entries()) {
    const handle = await startBenchCall(runtime, tenant, { callSid: newCallSid(), fromPhone: benchPhone(i + 1) });
    await handle.signal(turnSignal, { role: 'caller', text: OPENING_LINE });
    await handle.executeUpdate(saveCallerDetailsUpdate, { args: [{}] });
    const { ms } = await timed(() => handle.executeUpdate(bookAppointmentUpdate, { args: [{ localStart, service: BOOKED_SERVICE }] }));
    await handle.executeUpdate(endCallUpdate, { args: [{ reason: 'agent' }] });
    if (i >= WARM_UP) samples.push(ms);
    if (samples.length > 0 && samples.length % PROGRESS_EVERY === 0) context.logger.info({ done: samples.length, of: bookings }, 'book_appointment round trips');
  }
  return summarize(samples);
}

const p99Figure = (label: string, summary: Summary): Figure => ({
  bench: 'update-round-trip',
  label,
  value: summary.p99,
  unit: 'ms',
  target: { op: '<=', value: TARGET_P99_MS },
});

async function measureUpdateRoundTrips(context: BenchContext): Promise<Figure[]> {
  const runtime = await context.runtime();
  const tenant = await createBenchTenant(runtime.db, 'updates');
  context.logger.info({ roundTrips: context.options.roundTrips }, 'timing check_availability on one open call');
  const checks = await measureChecks(runtime, tenant, context);
  context.print(`check_availability  ${formatSummary(checks)}   (target p99 ≤ ${TARGET_P99_MS} ms)`);
  context.print('  one open call, updates one after another; each runs findAvailableSlots (tenant, calendar read, slot search)');
  context.logger.info({ bookings: context.options.bookings }, 'timing book_appointment, one call per booking');
  const bookings = await measureBookings(runtime, tenant, context);
  context.print(`book_appointment    ${formatSummary(bookings)}   (target p99 ≤ ${TARGET_P99_MS} ms)`);
  context.print('  one call per booking, distinct free times; each runs bookAppointment and sendConfirmationSms (saveContact only if details changed)');
  context.print(`  ${WARM_UP} untimed warm-up updates before each series`);
  return [p99Figure('check_availability p99', checks), p99Figure('book_appointment p99', bookings)];
}

export const updateRoundTripBench: Bench = {
  name: 'update-round-trip',
  title: 'Update round trips: client → call workflow → activities → client',
  run: measureUpdateRoundTrips,
};
