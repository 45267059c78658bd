import { randomBytes } from 'node:crypto';
import { runSimulatedCall, type SimulatedCall } from '../simulation/simulated-call.js';
import type { Tenant } from '../db/queries/tenants.js';
import { CALENDAR_TROUBLE } from '../simulation/offline-agent/replies.js';
import type { CallRuntime } from '../simulation/scenarios/call-runtime.js';
import type { Bench, BenchContext } from './support/bench.js';
import { benchPhone, REFERENCE_TIME } from './support/bench-call.js';
import { createBenchTenant } from './support/bench-tenant.js';
import { countConfirmedAppointments, countOverlappingPairs } from './support/calendar-audit.js';
import { callerScript } from './support/caller-scripts.js';
import type { Figure } from './support/figure.js';
import { formatMs } from './support/format.js';
import { now, since, timed } from './support/stopwatch.js';
import { summarize, type Summary } from './support/summary.js';

const PROGRESS_EVERY = 25;
const TARGET_CALLS = 200;

/** How one call ended, from the caller's side. */
type Ending = 'booked as first asked' | 'booked another time' | 'not booked' | 'call failed';
type Outcome = { ending: Ending; ms: number; calendarTrouble: boolean };

function endingOf(call: SimulatedCall, firstAsk: string): Ending {
  const booking = call.summary.booking;
  if (!booking) return 'not booked';
  return booking.localStart === firstAsk ? 'booked as first asked' : 'booked another time';
}

async function oneCall(runtime: CallRuntime, tenant: Tenant, index: number, context: BenchContext): Promise<Outcome> {
  const script = callerScript(index);
  const started = now();
  try {
    const { value: call, ms } = await timed(() =>
      runSimulatedCall({
        temporal: runtime.temporal,
        taskQueue: runtime.taskQueue,
        call: { tenantId: tenant.id, callSid: `BENCH${randomBytes(8).toString('hex')}`, fromPhone: benchPhone(index), referenceTime: REFERENCE_TIME, timeZone: tenant.settings.timeZone },
        greeting: `Thank you for calling ${tenant.name}. How can I help you today?`,
        callerLines: script.lines,
      }),
    );
    const calendarTrouble = call.turns.some((turn) => turn.role === 'agent' && turn.text.includes(CALENDAR_TROUBLE));
    return { ending: endingOf(call, script.firstAsk), ms, calendarTrouble };
  } catch (error) {
    context.logger.warn({ err: error, call: index }, 'simulated call failed');
    return { ending: 'call failed', ms: since(started), calendarTrouble: false };
  }
}

async function allAtOnce(runtime: CallRuntime, tenant: Tenant, context: BenchContext): Promise<Outcome[]> {
  let finished = 0;
  return Promise.all(
    Array.from({ length: context.options.calls }, async (_, index) => {
      const outcome = await oneCall(runtime, tenant, index, context);
      finished += 1;
      if (finished % PROGRESS_EVERY === 0) context.logger.info({ finished, of: context.options.calls }, 'simulated calls');
      return outcome;
    }),
  );
}

const count = (outcomes: readonly Outcome[], ending: Ending) => outcomes.filter((outcome) => outcome.ending === ending).length;

type Tally = { calls: number; booked: number; appointments: number; doubleBookings: number; wallMs: number; durations: Summary };

function printTally(context: BenchContext, outcomes: readonly Outcome[], tally: Tally): void {
  context.print(`calls                      ${tally.calls} at once (memorial service; first ask this Friday at 9, 10, 11 or 1; then a day next week)`);
  context.print(`bookings made              ${tally.booked} by the calls' own account, ${tally.appointments} confirmed appointments in the calendar`);
  context.print(`  booked as first asked    ${count(outcomes, 'booked as first asked')}`);
  context.print(`  booked another time      ${count(outcomes, 'booked another time')} (offered other times, took the one asked next)`);
  context.print(`  not booked               ${count(outcomes, 'not booked')} (neither time asked was free any more)`);
  context.print(`  call failed              ${count(outcomes, 'call failed')}`);
  context.print(`  agent lost the calendar  ${outcomes.filter((outcome) => outcome.calendarTrouble).length} (an activity timed out under load)`);
  context.print(`double bookings            ${tally.doubleBookings} (overlapping live events, buffers included, one SQL self-join)`);
  context.print(`wall time                  ${formatMs(tally.wallMs)} · ${(tally.calls / (tally.wallMs / 1000)).toFixed(1)} calls/s`);
  context.print(`call duration              p50 ${formatMs(tally.durations.p50)} · p99 ${formatMs(tally.durations.p99)} · max ${formatMs(tally.durations.max)}`);
}

async function measureConcurrentCalls(context: BenchContext): Promise<Figure[]> {
  const runtime = await context.runtime();
  const tenant = await createBenchTenant(runtime.db, 'concurrent');
  context.logger.info({ calls: context.options.calls }, 'starting every simulated call at once');
  const { value: outcomes, ms: wallMs } = await timed(() => allAtOnce(runtime, tenant, context));
  const [appointments, doubleBookings] = await Promise.all([countConfirmedAppointments(runtime.db, tenant.id), countOverlappingPairs(runtime.db, tenant.id)]);
  const calls = outcomes.length;
  const tally: Tally = {
    calls,
    booked: count(outcomes, 'booked as first asked') + count(outcomes, 'booked another time'),
    appointments,
    doubleBookings,
    wallMs,
    durations: summarize(outcomes.map((outcome) => outcome.ms)),
  };
  printTally(context, outcomes, tally);
  const figure = (label: string, value: number, unit: string, target: Figure['target']): Figure => ({ bench: 'concurrent-calls', label, value, unit, target });
  return [
    figure('calls completed', calls - count(outcomes, 'call failed'), 'calls', { op: '>=', value: TARGET_CALLS }),
    figure('double bookings', doubleBookings, 'pairs', { op: '=', value: 0 }),
    figure('bookings made', tally.booked, 'calls', null),
    figure('calls/s', Number((calls / (wallMs / 1000)).toFixed(2)), 'calls/s', null),
    figure('call duration p99', tally.durations.p99, 'ms', null),
  ];
}

export const concurrentCallsBench: Bench = {
  name: 'concurrent-calls',
  title: 'Simulated calls at once on one worker, one organization, overlapping wishes',
  run: measureConcurrentCalls,
};
