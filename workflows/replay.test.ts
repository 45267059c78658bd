import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// A CommonJS package: Node's ESM loader sees only its default export.
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';

const { temporal } = proto;

// Histories recorded from real calls (npm run histories:record), one folder per version of the
// workflow code, every one replayed against today's code: a change that would break a call still
// running on any earlier version fails here, before it is deployed.
const HISTORIES_DIR = path.resolve('workflows/histories');
const versions = readdirSync(HISTORIES_DIR).sort();
const files = versions.flatMap((version) =>
  readdirSync(path.join(HISTORIES_DIR, version))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(version, name)),
);

type Recorded = { workflowId: string; history: ReturnType<typeof temporal.api.history.v1.History.fromObject> };

// Stored as protobufjs JSON (JSON.stringify of the fetched history); read back with the same
// protobufjs as the SDK's own types.
const fromJson = (json: unknown) => temporal.api.history.v1.History.fromObject(json as Record<string, unknown>);

type RecordedEvent = Record<string, { activityType?: { name: string }; signalName?: string } | undefined>;
type RecordedFile = { workflowId: string; history: { events: RecordedEvent[] } };

function read(name: string): RecordedFile {
  return JSON.parse(readFileSync(path.join(HISTORIES_DIR, name), 'utf8')) as RecordedFile;
}

function load(name: string): Recorded {
  const recorded = read(name);
  return { workflowId: recorded.workflowId, history: fromJson(recorded.history) };
}

async function replay(histories: Recorded[]) {
  const failures: string[] = [];
  for await (const result of Worker.runReplayHistories({ workflowBundle: { code: inject('workflowBundleCode') } }, histories)) {
    if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
  }
  return failures;
}

describe('replaying recorded call histories', () => {
  it('has histories of both call and follow-up workflows', () => {
    expect(files.filter((name) => name.endsWith('.call.json')).length).toBeGreaterThanOrEqual(5);
    expect(files.filter((name) => name.endsWith('.follow-up.json')).length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the histories of earlier versions beside the newest, and covers what calls do besides talking', () => {
    expect(versions.length).toBeGreaterThanOrEqual(2);
    const newest = files.filter((file) => file.startsWith(`${versions.at(-1)}${path.sep}`)).map(read);
    const has = (kind: string, test: (event: RecordedEvent) => boolean = () => true) =>
      newest.some((file) => file.history.events.some((event) => event[kind] !== undefined && test(event)));
    expect(has('workflowExecutionContinuedAsNewEventAttributes'), 'continue-as-new').toBe(true);
    expect(has('timerFiredEventAttributes'), 'a timer that fired: hold expiry, silence, follow-up').toBe(true);
    expect(has('workflowExecutionSignaledEventAttributes', (e) => e.workflowExecutionSignaledEventAttributes?.signalName === 'hang_up'), 'hang-up').toBe(true);
    expect(has('workflowExecutionSignaledEventAttributes', (e) => e.workflowExecutionSignaledEventAttributes?.signalName === 'appointment_cancelled'), 'a cancelled follow-up').toBe(true);
    expect(has('activityTaskScheduledEventAttributes', (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'sendReminderSms'), 'a reminder sent').toBe(true);
  });

  it('replays every one without a determinism error', async () => {
    expect(await replay(files.map(load))).toEqual([]);
  }, 120_000);

  it('notices when the code would take another path than a recorded call did', async () => {
    const name = files.find((file) => file.endsWith('.call.json'))!;
    const recorded = read(name);
    const scheduled = recorded.history.events.find((event) => event.activityTaskScheduledEventAttributes)!;
    scheduled.activityTaskScheduledEventAttributes!.activityType!.name = 'someOtherActivity';
    const failures = await replay([{ workflowId: recorded.workflowId, history: fromJson(recorded.history) }]);
    expect(failures).toHaveLength(1);
  }, 60_000);
});
