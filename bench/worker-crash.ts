import { randomBytes, randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { WorkflowHandle } from '@temporalio/client';
import { tsToMs } from '@temporalio/common/lib/time.js';
import { startOrAttachCall } from '../api/operations/start-call.js';
import type { Tenant } from '../db/queries/tenants.js';
import type { CallRuntime } from '../simulation/scenarios/call-runtime.js';
import { startWorkerProcess } from '../testing/worker-process.js';
import {
  bookAppointmentUpdate,
  checkAvailabilityUpdate,
  endCallUpdate,
  holdSlotUpdate,
  saveCallerDetailsUpdate,
  turnSignal,
} from '../workflows/call-messages.js';
import type { CallWorkflow } from '../workflows/call-workflow.js';
import type { Bench, BenchContext } from './support/bench.js';
import { benchPhone, REFERENCE_TIME } from './support/bench-call.js';
import { createBenchTenant } from './support/bench-tenant.js';
import { distinctStarts } from './support/distinct-starts.js';
import type { Figure } from './support/figure.js';
import { formatMs, formatSummary } from './support/format.js';
import { now, since, timed } from './support/stopwatch.js';
import { summarize } from './support/summary.js';

const TARGET_GAP_MS = 3_000;
const SERVICE = 'burial';
const OPENING_LINE = "This is Grace Hall. My father passed away last night and I'd like to arrange his burial.";

type WorkerProcess = Awaited<ReturnType<typeof startWorkerProcess>>;
type Step = { name: string; ms: number };
type CrashedCall = { workflowId: string; steps: Step[]; killAtMs: number; durationMs: number; confirmation: string };

/**
 * One booking call driven the way the voice bridge drives one, every answer timed: how long the
 * caller waits after each thing the agent asks the call to do.
 */
async function bookingCall(handle: WorkflowHandle<typeof CallWorkflow>, localStart: string): Promise<{ steps: Step[]; confirmation: string }> {
  const steps: Step[] = [];
  const step = async <T>(name: string, task: () => Promise<T>): Promise<T> => {
    const { value, ms } = await timed(task);
    steps.push({ name, ms });
    return value;
  };
  await handle.signal(turnSignal, { role: 'caller', text: OPENING_LINE });
  await step('save_caller_details', () => handle.executeUpdate(saveCallerDetailsUpdate, { args: [{}] }));
  await step('check_availability', () => handle.executeUpdate(checkAvailabilityUpdate, { args: [{ service: SERVICE, requestedLocalStart: localStart }] }));
  await step('hold_slot', () => handle.executeUpdate(holdSlotUpdate, { args: [{ localStart, service: SERVICE }] }));
  await handle.signal(turnSignal, { role: 'caller', text: 'Yes, that time is fine. Please book it.' });
  const booked = await step('book_appointment', () => handle.executeUpdate(bookAppointmentUpdate, { args: [{ localStart, service: SERVICE }] }));
  await step('end_call', () => handle.executeUpdate(endCallUpdate, { args: [{ reason: 'agent' }] }));
  return { steps, confirmation: booked.confirmation };
}

/** Two worker processes on one task queue, either of which can be killed and replaced. */
async function startWorkers(runtime: CallRuntime, taskQueue: string, context: BenchContext) {
  const start = () => startWorkerProcess({ databaseUrl: runtime.databaseUrl, address: runtime.temporalAddress, taskQueue });
  context.logger.info('starting two worker processes (each bundles the workflows; about ten seconds)');
  const workers: WorkerProcess[] = [await start(), await start()];
  return {
    /**
     * SIGKILLs one; `replace` starts its successor once the call is over, so the next call again has
     * two workers. The successor is not started at once: bundling takes a core for seconds, and the
     * measure is what the surviving worker alone gives the caller.
     */
    async killOne(): Promise<{ replace: () => Promise<void> }> {
      const victim = randomInt(workers.length);
      await workers[victim]!.crash();
      return {
        async replace() {
          workers[victim] = await start();
        },
      };
    },
    async stop() {
      await Promise.all(workers.map((worker) => worker.stop()));
    },
  };
}

async function crashedCalls(context: BenchContext): Promise<Figure[]> {
  const runtime = await context.runtime();
  const tenant: Tenant = await createBenchTenant(runtime.db, 'crash');
  const taskQueue = `crash-bench-${randomBytes(4).toString('hex')}`;
  const calls = context.options.crashes;
  const starts = distinctStarts(tenant.settings, SERVICE, REFERENCE_TIME, calls + 1);
  const workers = await startWorkers(runtime, taskQueue, context);
  const begin = (i: number) =>
    startOrAttachCall({
      temporal: runtime.temporal,
      taskQueue,
      call: { tenantId: tenant.id, callSid: `CRASH${randomBytes(8).toString('hex')}`, fromPhone: benchPhone(i), referenceTime: REFERENCE_TIME, timeZone: tenant.settings.timeZone },
    });
  const results: CrashedCall[] = [];
  try {
    // One call with no kill says how long a call takes, so that kills fall anywhere inside one.
    const warm = now();
    await bookingCall(await begin(0), starts[0]!);
    const callMs = since(warm);
    context.logger.info({ callMs: Math.round(callMs), calls }, 'crashing a worker at a random point of each call');
    for (let i = 1; i <= calls; i++) {
      const started = now();
      const killAtMs = randomInt(Math.max(1, Math.round(callMs)));
      const kill = sleep(killAtMs).then(() => workers.killOne());
      const handle = await begin(i);
      const call = await bookingCall(handle, starts[i]!);
      results.push({ ...call, workflowId: handle.workflowId, killAtMs, durationMs: since(started) });
      await (await kill).replace();
      if (i % 5 === 0) context.logger.info({ done: i, of: calls }, 'crashed calls');
    }
  } finally {
    await workers.stop();
  }
  return report(context, runtime, tenant, results);
}

async function report(context: BenchContext, runtime: CallRuntime, tenant: Tenant, results: CrashedCall[]): Promise<Figure[]> {
  const gaps = results.flatMap((call) => call.steps.map((step) => step.ms));
  // The longest step of all, and the call it was in, whose timeline is printed below.
  const slowest = results
    .flatMap((call) => call.steps.map((step) => ({ call, step })))
    .reduce<{ call: CrashedCall | null; step: Step }>((a, b) => (b.step.ms > a.step.ms ? b : a), { call: null, step: { name: 'none', ms: 0 } });
  const longest = slowest.step;
  const duringCall = results.filter((call) => call.killAtMs < call.durationMs).length;
  const booked = await runtime.db
    .selectFrom('calendar_events')
    .select(['confirmation_code'])
    .where('tenant_id', '=', tenant.id)
    .where('status', '=', 'confirmed')
    .execute();
  const texts = await runtime.db.selectFrom('sms_outbox').select('body').where('tenant_id', '=', tenant.id).execute();
  // The warm-up call booked too: it is one of the calls that must be booked once and texted once.
  const expected = results.length + 1;
  const codes = booked.map((row) => row.confirmation_code);
  const doubledTexts = codes.filter((code) => texts.filter((text) => code !== null && text.body.includes(code)).length !== 1).length;
  const lostOrDoubled = Math.abs(booked.length - expected) + doubledTexts;
  context.print(`calls: ${results.length}, each with one worker SIGKILLed at a random point (${duringCall} kills landed before the call ended)`);
  context.print(`answer gaps    ${formatSummary(summarize(gaps))}   (target: longest ≤ ${formatMs(TARGET_GAP_MS)})`);
  context.print(`longest gap    ${formatMs(longest.ms)} in ${longest.name}`);
  context.print(`bookings       ${booked.length} of ${expected} calls; confirmation texts not exactly one per booking: ${doubledTexts}`);
  context.print('  two worker processes on one task queue; the killed one is replaced after the call, before the next');
  if (slowest.call) await printTimeline(context, runtime, slowest.call);
  return [
    { bench: 'worker-crash', label: 'longest answer gap', value: longest.ms, unit: 'ms', target: { op: '<=', value: TARGET_GAP_MS } },
    { bench: 'worker-crash', label: 'bookings or texts lost or doubled', value: lostOrDoubled, unit: '', target: { op: '=', value: 0 } },
  ];
}

/** Where the slowest call's time went, event by event: what an operator looks at when the figure moves. */
async function printTimeline(context: BenchContext, runtime: CallRuntime, slowest: CrashedCall): Promise<void> {
  const history = await runtime.temporal.workflow.getHandle(slowest.workflowId).fetchHistory();
  const events = history.events ?? [];
  const first = tsToMs(events[0]?.eventTime);
  context.print(`slowest call ${slowest.workflowId} (killed at ${slowest.killAtMs} ms): ${slowest.steps.map((s) => `${s.name} ${formatMs(s.ms)}`).join(', ')}`);
  for (const event of events) {
    const at = tsToMs(event.eventTime) - first;
    const kind = Object.keys(event).find((key) => key.endsWith('EventAttributes')) ?? 'event';
    context.print(`  +${String(at).padStart(6)} ms  ${kind.replace(/EventAttributes$/, '')}`);
  }
}

export const workerCrashBench: Bench = {
  name: 'worker-crash',
  title: 'Booking calls on two workers, one SIGKILLed at a random point of each: the longest a caller waits',
  run: crashedCalls,
};
