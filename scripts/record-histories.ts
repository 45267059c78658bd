import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { buildActivityDeps } from '../activities/build-activity-deps.js';
import { openaiFields, resolveToolsDir } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';
import { createLogger } from '../config/logger.js';
import { printProgress } from '../devstack/go-tool.js';
import { systemConfigSchema } from '../devstack/system-config.js';
import { ensureTemporalTestServer } from '../devstack/temporal-test-server.js';
import { startCallRuntime } from '../simulation/scenarios/call-runtime.js';
import { runScenario } from '../simulation/scenarios/run-scenario.js';
import { listScenarioFiles, readScenario } from '../simulation/scenarios/scenario-file.js';
import { bookedCallFollowUp, CONTINUE_AS_NEW_AFTER_EVENTS, heldCall, talkAtLength, type CaseRuntime } from '../testing/call-cases.js';
import { startTimeSkipping } from '../testing/time-skipping.js';
import { createCallWorker } from '../workers/create-worker.js';
import { bookAppointmentUpdate, endCallUpdate, hangUpSignal } from '../workflows/call-messages.js';
import { appointmentCancelledSignal, followUpWorkflowId } from '../workflows/follow-up-messages.js';

// `npm run histories:record -- <scenario files or folders>`: runs the calls, and the cases that
// scenarios cannot reach (a call long enough to continue as new, a hang-up, a hold that expires, a
// caller gone silent, a follow-up cancelled), and stores every run's event history in a new folder
// under workflows/histories/, named for the day and the commit. Older folders are never touched:
// the replay test replays every one against today's workflow code, so a change that would break a
// call still running on any earlier version fails a test. Record after a deliberate, versioned change.

const HISTORIES_DIR = path.resolve('workflows/histories');
const DAY_MS = 24 * 60 * 60 * 1000;
const config = loadConfig(systemConfigSchema.extend(openaiFields));
const logger = createLogger({ name: 'record-histories', level: config.LOG_LEVEL, format: config.LOG_FORMAT, stderr: true });
const files = listScenarioFiles(process.argv.slice(2));
if (files.length === 0) {
  process.stderr.write('usage: npm run histories:record -- <scenario.json | folder>...\n');
  process.exit(64);
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
// Recorded from code that differs from the commit only in its tests is recorded from that commit.
const dirty = git('status', '--porcelain', '--', 'workflows', 'domain')
  .split('\n')
  .some((line) => line.trim() !== '' && !line.endsWith('.test.ts') && !line.includes('workflows/histories/'));
const version = `${new Date().toISOString().slice(0, 10)}-${git('rev-parse', '--short', 'HEAD')}${dirty ? '-uncommitted' : ''}`;
const outDir = path.join(HISTORIES_DIR, version);
if (existsSync(outDir)) {
  process.stderr.write(`${path.relative(process.cwd(), outDir)} exists already; histories are never overwritten.\n`);
  process.exit(1);
}
await mkdir(outDir, { recursive: true });

/**
 * Every run of the workflow, one file each, oldest first: the latest run, and each run it was
 * continued from, found through the first event of each.
 */
async function save(temporal: Client, workflowId: string, name: string): Promise<void> {
  const runs: Array<Awaited<ReturnType<WorkflowHandle['fetchHistory']>>> = [];
  let runId: string | undefined;
  do {
    const history = await temporal.workflow.getHandle(workflowId, runId).fetchHistory();
    runs.unshift(history);
    runId = history.events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
  } while (runId);
  for (const [i, history] of runs.entries()) {
    const file = `${name}${runs.length > 1 ? `.run${i + 1}` : ''}.json`;
    // The workflow id is not in the history itself, and replay needs it: the code derives ids from it.
    await writeFile(path.join(outDir, file), JSON.stringify({ workflowId, history }));
    process.stderr.write(`recorded ${version}/${file} (${history.events?.length ?? 0} events)\n`);
  }
}

const exists = (temporal: Client, workflowId: string) =>
  temporal.workflow
    .getHandle(workflowId)
    .describe()
    .then(
      () => true,
      () => false,
    );

const runtime = await startCallRuntime(config, logger, { temporalDynamicConfig: { 'limit.historyCount.suggestContinueAsNew': CONTINUE_AS_NEW_AFTER_EVENTS } });
try {
  for (const file of files) {
    const result = await runScenario({ ...runtime, file, scenario: readScenario(file) });
    const name = path.basename(file, '.json');
    await save(runtime.temporal, result.workflow_id, `${name}.call`);
    const followUp = followUpWorkflowId(result.workflow_id);
    if (await exists(runtime.temporal, followUp)) await save(runtime.temporal, followUp, `${name}.follow-up`);
  }
  // A caller who talks long enough for the call to continue as new, then books.
  const long = await heldCall(runtime, 'LONG');
  await talkAtLength(long.handle, 30);
  await long.handle.executeUpdate(bookAppointmentUpdate, { args: [{ localStart: '2026-07-10T10:00', service: 'burial' }] });
  await long.handle.executeUpdate(endCallUpdate, { args: [{ reason: 'caller' }] });
  await save(runtime.temporal, long.handle.workflowId, 'case-long-call.call');
  await recordTimerCases();
} finally {
  await runtime.stop();
}

/** The timers at their real lengths, on the time-skipping test server, with the same database. */
async function recordTimerCases(): Promise<void> {
  const toolsDir = resolveToolsDir(config);
  if (!toolsDir) throw new Error('No tools folder: set TOOLS_DIR (or HOME).');
  const launcher = await ensureTemporalTestServer(toolsDir, printProgress);
  const timeSkipping = await startTimeSkipping(launcher);
  const skipping = timeSkipping.env;
  const taskQueue = 'recorded-timers';
  const worker = await createCallWorker({
    address: skipping.address,
    namespace: 'default',
    taskQueue,
    deps: buildActivityDeps({ db: runtime.db, logger, openai: { apiKey: undefined, baseURL: undefined, model: 'none' } }),
    logger,
  });
  const cases: CaseRuntime = { db: runtime.db, temporal: skipping.client, taskQueue };
  try {
    await worker.worker.runUntil(async () => {
      const reminded = await bookedCallFollowUp(cases, await skipping.currentTimeMs(), 3 * DAY_MS);
      await reminded.handle.result();
      await save(skipping.client, reminded.handle.workflowId, 'case-reminder-sent.follow-up');
      const cancelled = await bookedCallFollowUp(cases, await skipping.currentTimeMs(), 3 * DAY_MS);
      await cancelled.handle.signal(appointmentCancelledSignal);
      await cancelled.handle.result();
      await save(skipping.client, cancelled.handle.workflowId, 'case-cancelled.follow-up');
      // Last, as each leaves a follow-up waiting for tomorrow morning, a timer that would fire
      // during the cases above.
      const quiet = await heldCall(cases, 'QUIET');
      await quiet.handle.result();
      await save(skipping.client, quiet.handle.workflowId, 'case-hold-expires-then-silence.call');
      const hungUp = await heldCall(cases, 'HANGUP');
      await hungUp.handle.signal(hangUpSignal);
      await hungUp.handle.result();
      await save(skipping.client, hungUp.handle.workflowId, 'case-hang-up.call');
    });
  } finally {
    await worker.connection.close();
    await timeSkipping.stop();
  }
}
