import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// A CommonJS package: Node's ESM loader sees only its default export.
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';

const { temporal } = proto;

// Histories recorded from real calls (npm run histories:record) replayed against today's workflow
// code: a change that would break calls already in flight fails here, before it is deployed.
const HISTORIES_DIR = path.resolve('workflows/histories');
const files = readdirSync(HISTORIES_DIR).filter((name) => name.endsWith('.json')).sort();

type Recorded = { workflowId: string; history: ReturnType<typeof temporal.api.history.v1.History.fromObject> };

// Stored as protobufjs JSON (JSON.stringify of the fetched history); read back with the same
// protobufjs as the SDK's own types.
const fromJson = (json: unknown) => temporal.api.history.v1.History.fromObject(json as Record<string, unknown>);

type RecordedFile = { workflowId: string; history: { events: Array<Record<string, { activityType?: { name: string } }>> } };

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
