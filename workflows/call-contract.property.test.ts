import { WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTenant } from '../db/queries/tenants.js';
import { callerDetailsSchema } from '../domain/extraction/caller-details.js';
import { localToInstant } from '../domain/dates/zoned-time.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { testConfig } from '../testing/config.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import {
  bookAppointmentUpdate,
  callStateQuery,
  checkAvailabilityUpdate,
  endCallUpdate,
  holdSlotUpdate,
  saveCallerDetailsUpdate,
  transferToStaffUpdate,
  turnSignal,
} from './call-messages.js';
import type { CallWorkflow } from './call-workflow.js';

// On a live call the tool arguments come from a voice model. Whatever it sends, each update answers
// at once (a result or a refusal), nothing bad stays in the call, and the call goes on.

const ZONE = 'America/Chicago';
const ROUNDS = testConfig.CONTRACT_ROUNDS;
/** Longer than any answer may take: a bad argument that reached an activity used to stall 45 s. */
const STALL_MS = 5_000;

/** A small seeded generator, so a failure can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!, chance: (p: number) => next() < p };
}

const JUNK: unknown[] = [null, undefined, 0, -1, 3.5, 1e9, '', '   ', 'x'.repeat(600), true, [], {}, [1, 2], { nested: { deep: 1 } }, '2026-02-30T10:00', '2026-07-10 10:00', 'tomorrow at ten', 'cousin', 'party', '555-0101', 'not-an-email', '+1', '\u0000', '<script>'];
const FIELDS: Record<string, unknown[]> = {
  callerName: ['Agnes Bell', '  Ruth Ng  ', ...JUNK],
  phone: ['+13125550160', ...JUNK],
  email: ['agnes@example.com', ...JUNK],
  deceasedName: ['Frank Bell', ...JUNK],
  relationship: ['spouse', 'cousin', 'aunt', 'SPOUSE', ...JUNK],
  serviceType: ['burial', 'planning', 'funeral', ...JUNK],
  service: ['burial', 'consultation', 'wedding', ...JUNK],
  localStart: ['2026-07-10T10:00', '2026-07-10T25:00', '2026-07-12T10:00', ...JUNK],
  requestedLocalStart: ['2026-07-10T14:00', ...JUNK],
  limit: [1, 3, 5, 0, 6, 2.5, ...JUNK],
  preference: [{ days: ['2026-07-10'], partOfDay: 'morning', exact: null, soonest: false }, { days: ['2026-07-40'] }, { days: 'friday' }, ...JUNK],
  reason: ['family needs a director tonight', ...JUNK],
  extra: JUNK,
};
const TOOL_FIELDS = {
  save_caller_details: ['callerName', 'phone', 'email', 'deceasedName', 'relationship', 'serviceType', 'extra'],
  check_availability: ['service', 'preference', 'requestedLocalStart', 'limit', 'extra'],
  hold_slot: ['localStart', 'service', 'extra'],
  book_appointment: ['localStart', 'service', 'extra'],
  transfer_to_staff: ['reason', 'extra'],
  end_call: ['reason', 'extra'],
} as const;
type Tool = keyof typeof TOOL_FIELDS;

function argumentsFor(tool: Tool, rng: ReturnType<typeof random>): unknown {
  // end_call is only ever sent malformed here: a valid one (even none at all) would end the call.
  if (tool === 'end_call') return { reason: rng.pick(FIELDS.reason!), extra: 'stay on the line' };
  if (rng.chance(0.05)) return rng.pick(JUNK);
  const args: Record<string, unknown> = {};
  for (const field of TOOL_FIELDS[tool]) if (rng.chance(0.5)) args[field] = rng.pick(FIELDS[field]!);
  return args;
}

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness();
});
afterAll(() => harness.stop());

describe('a live call given random and malformed tool arguments', () => {
  it(`answers each of ${ROUNDS} updates without stalling, keeps only valid values, and stays usable`, async () => {
    const tenant = await insertTenant(harness.db, { name: 'Sturdy Chapel', slug: `contract-${Date.now()}`, isDemo: false, settings: defaultTenantSettings(ZONE) });
    const callSid = `CONTRACT${Date.now()}`;
    const handle = await harness.temporal.workflow.start<typeof CallWorkflow>('CallWorkflow', {
      workflowId: `call-${callSid}`,
      taskQueue: harness.taskQueue,
      args: [{ tenantId: tenant.id, callSid, fromPhone: '+13125550160', referenceTime: localToInstant('2026-07-08T09:00', ZONE)!, timeZone: ZONE }],
    });
    await handle.signal(turnSignal, { role: 'caller', text: 'Hello, my husband died and I would like to talk about a burial.' });

    const updates = {
      save_caller_details: saveCallerDetailsUpdate,
      check_availability: checkAvailabilityUpdate,
      hold_slot: holdSlotUpdate,
      book_appointment: bookAppointmentUpdate,
      transfer_to_staff: transferToStaffUpdate,
      end_call: endCallUpdate,
    } as const;
    const rng = random(20261201);
    const latencies: number[] = [];
    let refused = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const tool = rng.pick(Object.keys(updates) as Tool[]);
      const args = argumentsFor(tool, rng);
      const started = performance.now();
      // The client's types describe valid arguments; a model is not bound by them.
      const update = handle.executeUpdate(updates[tool] as typeof saveCallerDetailsUpdate, { args: [args as never] });
      const outcome = await Promise.race([
        update.then(
          () => 'answered' as const,
          (error: unknown) => error,
        ),
        new Promise<'stalled'>((resolve) => setTimeout(() => resolve('stalled'), STALL_MS).unref()),
      ]);
      expect(outcome, `round ${round}: ${tool} ${JSON.stringify(args)}`).not.toBe('stalled');
      if (outcome !== 'answered') {
        if (!(outcome instanceof WorkflowUpdateFailedError)) {
          const history = await handle.fetchHistory();
          const last = history.events?.slice(-4).map((e) => JSON.stringify(e).slice(0, 600));
          throw new Error(`round ${round} ${tool} ${JSON.stringify(args)}: ${String(outcome)}\n${last?.join('\n')}`);
        }
        refused += 1;
      }
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.floor(latencies.length * 0.99)]!;
    process.stdout.write(`contract: ${ROUNDS} updates, ${refused} refused, p50 ${latencies[ROUNDS / 2]!.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms\n`);
    expect(refused).toBeGreaterThan(ROUNDS / 2);

    const state = await handle.query(callStateQuery);
    expect(state.stage).not.toBe('ended');
    expect(callerDetailsSchema.safeParse(state.details).success, JSON.stringify(state.details)).toBe(true);
    const answer = await handle.executeUpdate(saveCallerDetailsUpdate, { args: [{ callerName: 'Agnes Bell', relationship: 'spouse' }] });
    expect(answer.details).toMatchObject({ callerName: 'Agnes Bell', relationship: 'spouse' });
    const summary = await handle.executeUpdate(endCallUpdate, { args: [{ reason: 'caller' }] });
    expect(summary.outcome).toBeDefined();
  }, 240_000);
});
