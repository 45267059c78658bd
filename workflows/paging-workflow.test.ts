import { tsToMs } from '@temporalio/common/lib/time.js';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { NativeConnection, Worker } from '@temporalio/worker';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildActivityDeps } from '../activities/build-activity-deps.js';
import { createActivities } from '../activities/index.js';
import { openCallRecord } from '../db/queries/calls.js';
import { insertRotaEntry } from '../db/queries/on-call-rota.js';
import { openPageRecord } from '../db/queries/pages.js';
import { getPagingSettings, type Tenant } from '../db/queries/tenants.js';
import type { OnCallPerson } from '../domain/paging/on-call-rota.js';
import { newTenant, uniqueSuffix } from '../testing/call-cases.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { heartbeatWhileRunning } from '../workers/heartbeat-while-running.js';
import { acknowledgePageUpdate, calledBackSignal, pageStateQuery, pageWorkflowId } from './paging-messages.js';
import type { PagingWorkflow } from './paging-workflow.js';

// PagingWorkflow on the time-skipping test server, with the real activities on a real database.
// The server's clock moves only when a test skips it (or awaits a result), and each skip is to a
// timer the workflow has been seen to start, so every escalation happens at the minute it must and
// nothing races a real clock. Each case reads what the database holds afterwards.
const MINUTE_MS = 60_000;

const PRIMARY: OnCallPerson = { name: 'Ana Ruiz', phone: '+15550100001', role: 'primary' };
const BACKUP: OnCallPerson = { name: 'James Okafor', phone: '+15550100002', role: 'backup' };
const OWNER: OnCallPerson = { name: 'Evelyn Hart', phone: '+15550100003', role: 'owner' };
const ROTA = [PRIMARY, BACKUP, OWNER];
const nameOf = (phone: string) => ROTA.find((person) => person.phone === phone)?.name ?? phone;

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness({ timeSkipping: true });
}, 60_000);
afterAll(() => harness.stop());

type PageHandle = WorkflowHandle<typeof PagingWorkflow>;

// The server's clock is shared: a page a failed case leaves running could hold it still for the
// cases after it, so whatever is still running at the end of a case is terminated.
const started: PageHandle[] = [];
afterEach(async () => {
  for (const handle of started.splice(0)) {
    if ((await handle.describe()).status.name !== 'RUNNING') continue;
    // Terminated with a task or activity in flight, a workflow holds the test server's clock for good.
    for (let attempt = 0; attempt < 40 && (await progressOf(handle)).busy; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
    await handle.terminate('test over');
  }
});

/** An organization with a rota on call all week, a call, its page, and the page's workflow started. */
async function openPage(options: { rota?: OnCallPerson[]; taskQueue?: string } = {}) {
  const tenant = await newTenant(harness.db, 'Paging Chapel');
  for (const [position, person] of (options.rota ?? ROTA).entries()) {
    await insertRotaEntry(harness.db, { tenantId: tenant.id, entry: { ...person, weekdays: [1, 2, 3, 4, 5, 6, 7], from: '00:00', until: '24:00' }, position });
  }
  const settings = await getPagingSettings(harness.db, tenant.id);
  const callWorkflowId = `call-PAGE${uniqueSuffix()}`;
  const startedAt = await harness.skipping!.currentTimeMs();
  const call = await openCallRecord(harness.db, { tenantId: tenant.id, callSid: callWorkflowId.slice(5), workflowId: callWorkflowId, fromPhone: '+13035550177', startedAt: new Date(startedAt).toISOString() });
  const callbackDueAt = startedAt + settings.callbackMinutes * MINUTE_MS;
  const page = await openPageRecord(harness.db, { tenantId: tenant.id, callId: call.id, workflowId: pageWorkflowId(callWorkflowId), callbackDueAt: new Date(callbackDueAt).toISOString() });
  const handle = await harness.temporal.workflow.start<typeof PagingWorkflow>('PagingWorkflow', {
    workflowId: pageWorkflowId(callWorkflowId),
    taskQueue: options.taskQueue ?? harness.taskQueue,
    args: [{ tenantId: tenant.id, pageId: page.id, callId: call.id, callWorkflowId }],
  });
  started.push(handle);
  return { tenant, pageId: page.id, handle, settings, callbackDueAt };
}

/** The page's texts in the order queued, as "kind: person" (kind from the idempotency key: page, taken, overdue). */
async function textLog(tenant: Tenant): Promise<string[]> {
  return (await textRows(tenant)).map((text) => `${text.idempotency_key.split(':')[0]}: ${nameOf(text.to_phone)}`);
}

async function textRows(tenant: Tenant) {
  return harness.db.selectFrom('sms_outbox').select(['to_phone', 'body', 'idempotency_key', 'purpose']).where('tenant_id', '=', tenant.id).orderBy('created_at').execute();
}

/** The page's steps in order, as "kind: person" (or the kind alone). */
async function stepLog(pageId: string): Promise<string[]> {
  const steps = await harness.db.selectFrom('page_steps').select(['kind', 'person_name']).where('page_id', '=', pageId).orderBy('at').orderBy('id').execute();
  return steps.map((step) => (step.person_name ? `${step.kind}: ${step.person_name}` : step.kind));
}

async function linkLog(pageId: string): Promise<string[]> {
  const links = await harness.db.selectFrom('page_links').select(['position', 'person_name']).where('page_id', '=', pageId).orderBy('position').execute();
  return links.map((link) => `${link.position}: ${link.person_name}`);
}

async function pageRow(pageId: string) {
  return harness.db.selectFrom('pages').select(['status', 'owner_name', 'owner_phone', 'called_back_by', 'callback_due_at']).where('id', '=', pageId).executeTakeFirstOrThrow();
}

const EventType = temporal.api.enums.v1.EventType;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
type RunningTimer = { eventId: string; firesAt: number; durationMs: number };

/** What the page's history says it is doing: a workflow task or activity in flight, timers running. */
async function progressOf(handle: PageHandle) {
  const events: HistoryEvent[] = (await handle.fetchHistory()).events ?? [];
  const count = (...types: temporal.api.enums.v1.EventType[]) => events.filter((event) => types.includes(event.eventType!)).length;
  const busy =
    count(EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED) > count(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED, EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED, EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT) ||
    count(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) > count(EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED, EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED, EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT, EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED);
  const ended = new Set(events.map((event) => String(event.timerFiredEventAttributes?.startedEventId ?? event.timerCanceledEventAttributes?.startedEventId ?? '')));
  const fired = new Set(events.map((event) => String(event.timerFiredEventAttributes?.startedEventId ?? '')));
  const timers: RunningTimer[] = events
    .filter((event) => event.eventType === EventType.EVENT_TYPE_TIMER_STARTED && !ended.has(String(event.eventId)))
    .map((event) => {
      const durationMs = tsToMs(event.timerStartedEventAttributes!.startToFireTimeout);
      return { eventId: String(event.eventId), firesAt: tsToMs(event.eventTime) + durationMs, durationMs };
    });
  const summary = `${busy ? 'busy' : 'idle'}, ${timers.length} timers running, last events ${events.slice(-4).map((event) => EventType[event.eventType!]).join(', ')}`;
  return { busy, timers, fired, summary };
}

/**
 * Waits (in real time; the server's clock stands still meanwhile) until the page is only waiting
 * on its one running timer, with no workflow task and no activity in flight; returns that timer.
 */
async function waitingOnTimer(handle: PageHandle): Promise<RunningTimer> {
  let summary = '';
  for (let attempt = 0; attempt < 400; attempt++) {
    const progress = await progressOf(handle);
    if (!progress.busy && progress.timers.length === 1) return progress.timers[0]!;
    summary = progress.summary;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the page never settled on a timer: ${summary}`);
}

/** Moves the server's clock to `at` (ms since the epoch). */
async function skipTo(at: number): Promise<void> {
  const now = await harness.skipping!.currentTimeMs();
  if (at > now) await harness.skipping!.sleep(at - now);
}

/**
 * Moves the server's clock to the moment `timer` fires. The server sets a timer a moment after the
 * time its event carries, so the clock is nudged on a few milliseconds at a time until it has.
 */
async function skipToFire(handle: PageHandle, timer: RunningTimer): Promise<void> {
  await skipTo(timer.firesAt);
  for (let attempt = 0; !(await progressOf(handle)).fired.has(timer.eventId); attempt++) {
    if (attempt === 200) throw new Error(`the timer set for ${new Date(timer.firesAt).toISOString()} has not fired`);
    await harness.skipping!.sleep(2);
  }
}

/** Moves the server's clock to the moment the timer the page is waiting on fires. */
async function skipToTimer(handle: PageHandle): Promise<void> {
  await skipToFire(handle, await waitingOnTimer(handle));
}

const acknowledge = (handle: PageHandle, ack: { position: number } | { phone: string }) =>
  handle.executeUpdate(acknowledgePageUpdate, { args: [{ ...ack, by: 'position' in ack ? 'link' : 'reply' }] });

/**
 * A worker of our own with the real activities, to be shut down and replaced mid-page. The test
 * server never moves a workflow task off a stopped worker's sticky queue (a real server does after
 * `stickyQueueScheduleToStartTimeout`), so these workers keep no workflow cache: every task goes to
 * the shared queue, and each is a replay of the page's history by a worker that never saw it run.
 * A worker being shut down lets the activity it is running finish first.
 */
async function startWorker(taskQueue: string) {
  const deps = buildActivityDeps({ db: harness.db, logger: harness.logger, openai: { apiKey: undefined, baseURL: undefined, model: 'none' } });
  const connection = await NativeConnection.connect({ address: harness.address });
  const worker = await Worker.create({
    connection,
    namespace: 'default',
    taskQueue,
    activities: createActivities(deps),
    interceptors: { activity: [heartbeatWhileRunning] },
    workflowBundle: { code: inject('workflowBundleCode') },
    maxCachedWorkflows: 0,
    shutdownGraceTime: '10 seconds',
  });
  const running = worker.run();
  let stopped: Promise<void> | null = null;
  return {
    stop: () =>
      (stopped ??= (async () => {
        worker.shutdown();
        await running;
        await connection.close();
      })()),
  };
}

/** Holds a lock on `table` that the activities' inserts wait behind, until released. */
async function lockTable(table: 'page_links' | 'sms_outbox') {
  const client = new pg.Client({ connectionString: harness.databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN EXCLUSIVE MODE`);
  return {
    /** Until a statement on the table waits behind the lock: the step under test has begun. */
    async waitedOn() {
      for (let attempt = 0; attempt < 200; attempt++) {
        const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE ${`%${table}%`}`.execute(harness.db);
        if ((rows[0]?.n ?? 0) > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`nothing waited on ${table}`);
    },
    async release() {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

describe('the page of a first call', () => {
  it('texts only the primary when they take it in time, and ends when the family is called back', async () => {
    const { tenant, pageId, handle } = await openPage();
    await waitingOnTimer(handle);
    expect(await textLog(tenant)).toEqual(['page: Ana Ruiz']);
    const [text] = await textRows(tenant);
    expect(text).toMatchObject({ to_phone: PRIMARY.phone, purpose: 'page', idempotency_key: `page:${pageId}:0` });
    expect(text!.body).toMatch(/^FIRST CALL for Paging Chapel\. .* Reply YES to take it, or open http:\/\/\S+\/page\/[\w-]{20,}$/);
    expect(await linkLog(pageId)).toEqual(['0: Ana Ruiz']);

    expect(await acknowledge(handle, { position: 0 })).toEqual({ owner: PRIMARY, yours: true });
    await waitingOnTimer(handle);
    expect(await pageRow(pageId)).toMatchObject({ status: 'acknowledged', owner_name: PRIMARY.name, owner_phone: PRIMARY.phone, called_back_by: null });
    // Past the five minutes the primary had, the page stays with them: nobody else is texted.
    await skipTo((await harness.skipping!.currentTimeMs()) + 6 * MINUTE_MS);
    await waitingOnTimer(handle);
    expect(await textLog(tenant)).toEqual(['page: Ana Ruiz']);
    expect(await stepLog(pageId)).toEqual(['texted: Ana Ruiz', 'acknowledged: Ana Ruiz']);

    await handle.signal(calledBackSignal, { by: PRIMARY.name });
    expect(await handle.result()).toEqual({ owner: PRIMARY, calledBack: true });
    expect(await pageRow(pageId)).toMatchObject({ status: 'called_back', owner_name: PRIMARY.name, called_back_by: PRIMARY.name });
    expect(await stepLog(pageId)).toEqual(['texted: Ana Ruiz', 'acknowledged: Ana Ruiz', `called_back: ${PRIMARY.name}`]);
    expect(await textLog(tenant)).toEqual(['page: Ana Ruiz']);
  });

  it('goes to the backup, then the owner, after each wait; the backup takes it and the others are told', async () => {
    const { tenant, pageId, handle, settings } = await openPage();
    expect(settings.acknowledgeMinutes).toBe(5);

    const primaryWait = await waitingOnTimer(handle);
    expect(primaryWait.durationMs).toBe(5 * MINUTE_MS);
    await skipTo(primaryWait.firesAt - 1000);
    expect(await textLog(tenant)).toEqual(['page: Ana Ruiz']);
    await skipToFire(handle, primaryWait);
    const backupWait = await waitingOnTimer(handle);
    expect(backupWait.durationMs).toBe(5 * MINUTE_MS);
    expect(await textLog(tenant)).toEqual(['page: Ana Ruiz', 'page: James Okafor']);
    await skipToFire(handle, backupWait);
    await waitingOnTimer(handle);
    expect(await textLog(tenant)).toEqual(['page: Ana Ruiz', 'page: James Okafor', 'page: Evelyn Hart']);
    expect(await linkLog(pageId)).toEqual(['0: Ana Ruiz', '1: James Okafor', '2: Evelyn Hart']);

    // The backup replies to the text.
    expect(await acknowledge(handle, { phone: BACKUP.phone })).toEqual({ owner: BACKUP, yours: true });
    const callbackWait = await waitingOnTimer(handle);
    expect(await pageRow(pageId)).toMatchObject({ status: 'acknowledged', owner_name: BACKUP.name, owner_phone: BACKUP.phone });
    const told = ['page: Ana Ruiz', 'page: James Okafor', 'page: Evelyn Hart', 'taken: Ana Ruiz', 'taken: Evelyn Hart'];
    expect(await textLog(tenant)).toEqual(told);
    const texts = await textRows(tenant);
    for (const taken of texts.slice(3)) expect(taken.body).toBe('Taken: James Okafor has the first call. Nothing more is needed from you.');
    expect(new Set(texts.map((text) => text.idempotency_key)).size).toBe(texts.length);

    // Up to the moment the family's call back falls due, nobody hears anything more.
    await skipTo(callbackWait.firesAt - 1000);
    await waitingOnTimer(handle);
    expect(await textLog(tenant)).toEqual(told);
    await handle.signal(calledBackSignal, { by: BACKUP.name });
    expect(await handle.result()).toEqual({ owner: BACKUP, calledBack: true });
    expect(await textLog(tenant)).toEqual(told);
    expect(await stepLog(pageId)).toEqual([
      'texted: Ana Ruiz',
      'texted: James Okafor',
      'texted: Evelyn Hart',
      'acknowledged: James Okafor',
      'told_taken: Ana Ruiz',
      'told_taken: Evelyn Hart',
      'called_back: James Okafor',
    ]);
  });

  it('has exactly one owner when it is taken just as the wait runs out, and again right after', async () => {
    const { tenant, pageId, handle } = await openPage();
    await skipToTimer(handle);
    // Primary and backup both paged; at the moment the backup's wait ends the backup takes it, and
    // the primary a moment later.
    await skipToTimer(handle);
    const first = await acknowledge(handle, { position: 1 });
    const second = await acknowledge(handle, { position: 0 });
    expect(first).toEqual({ owner: BACKUP, yours: true });
    expect(second).toEqual({ owner: BACKUP, yours: false });

    await waitingOnTimer(handle);
    expect(await pageRow(pageId)).toMatchObject({ status: 'acknowledged', owner_name: BACKUP.name });
    expect((await stepLog(pageId)).filter((step) => step.startsWith('acknowledged'))).toEqual(['acknowledged: James Okafor']);
    // Whether the owner's page went out depends on whether the timer or the acknowledgement reached
    // the workflow first; either way nobody is paged after it is taken without being told it is.
    const log = await textLog(tenant);
    expect([
      ['page: Ana Ruiz', 'page: James Okafor', 'taken: Ana Ruiz'],
      ['page: Ana Ruiz', 'page: James Okafor', 'page: Evelyn Hart', 'taken: Ana Ruiz', 'taken: Evelyn Hart'],
    ]).toContainEqual(log);

    await handle.signal(calledBackSignal, { by: BACKUP.name });
    expect(await handle.result()).toEqual({ owner: BACKUP, calledBack: true });
    expect(await textLog(tenant)).toEqual(log);
  });

  it('texts the owner and the next on the rota when the promised call back is late, until it is logged', async () => {
    const { tenant, pageId, handle, callbackDueAt, settings } = await openPage();
    await waitingOnTimer(handle);
    await acknowledge(handle, { position: 0 });
    const callbackWait = await waitingOnTimer(handle);
    expect(Math.abs(callbackWait.firesAt - callbackDueAt)).toBeLessThan(1000);

    await skipTo(callbackWait.firesAt - 1000);
    expect(await textLog(tenant)).toEqual(['page: Ana Ruiz']);
    await skipToFire(handle, callbackWait);
    // The promise is measured again from the moment it was found late.
    const nextWait = await waitingOnTimer(handle);
    expect(Math.abs(nextWait.firesAt - (callbackWait.firesAt + settings.callbackMinutes * MINUTE_MS))).toBeLessThan(1000);
    expect(await textLog(tenant)).toEqual(['page: Ana Ruiz', 'overdue: Ana Ruiz', 'overdue: James Okafor']);
    const overdue = (await textRows(tenant)).slice(1);
    for (const text of overdue) expect(text.body).toMatch(/^OVERDUE: the family was promised a call back by \d{1,2}:\d{2} [AP]M and none is logged\. Please call \+13035550177 now, then mark it done: \S+\/page\/[\w-]{20,}$/);
    // Both texts of one round are one step of the page, at one moment: in no particular order.
    const steps = await stepLog(pageId);
    expect(steps.slice(0, 2)).toEqual(['texted: Ana Ruiz', 'acknowledged: Ana Ruiz']);
    expect(steps.slice(2).sort()).toEqual(['callback_missed: Ana Ruiz', 'callback_missed: James Okafor']);
    expect(await linkLog(pageId)).toEqual(['0: Ana Ruiz', '1000: Ana Ruiz', '1001: James Okafor']);
    const page = await pageRow(pageId);
    expect(page).toMatchObject({ status: 'acknowledged', owner_name: PRIMARY.name, called_back_by: null });
    expect(Math.abs(page.callback_due_at.getTime() - nextWait.firesAt)).toBeLessThan(1000);

    await handle.signal(calledBackSignal, { by: PRIMARY.name });
    expect(await handle.result()).toEqual({ owner: PRIMARY, calledBack: true });
    expect(await pageRow(pageId)).toMatchObject({ status: 'called_back', called_back_by: PRIMARY.name });
    expect(await textLog(tenant)).toEqual(['page: Ana Ruiz', 'overdue: Ana Ruiz', 'overdue: James Okafor']);
    expect((await stepLog(pageId)).at(-1)).toBe(`called_back: ${PRIMARY.name}`);
  });

  it('refuses an acknowledgement from anyone it has not been sent to, and changes nothing', async () => {
    const { tenant, pageId, handle } = await openPage();
    await waitingOnTimer(handle);
    const before = { texts: await textLog(tenant), steps: await stepLog(pageId), links: await linkLog(pageId), page: await pageRow(pageId) };

    const refused = { cause: { message: 'This page was not sent to you.' } };
    await expect(acknowledge(handle, { phone: '+15559999999' })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(acknowledge(handle, { phone: '+15559999999' })).rejects.toMatchObject(refused);
    // The backup has not been paged yet: neither their link's position nor their phone takes it.
    await expect(acknowledge(handle, { position: 1 })).rejects.toMatchObject(refused);
    await expect(acknowledge(handle, { phone: BACKUP.phone })).rejects.toMatchObject(refused);

    expect(await handle.query(pageStateQuery)).toMatchObject({ owner: null, paged: [{ position: 0, person: PRIMARY }] });
    await waitingOnTimer(handle);
    expect({ texts: await textLog(tenant), steps: await stepLog(pageId), links: await linkLog(pageId), page: await pageRow(pageId) }).toEqual(before);
    expect(before.page).toMatchObject({ status: 'paging', owner_name: null });
    // A refused update leaves no trace in the history either.
    const events = (await handle.fetchHistory()).events ?? [];
    expect(events.filter((event) => event.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)).toEqual([]);

    // The page goes on as before: the primary can still take it.
    expect(await acknowledge(handle, { position: 0 })).toEqual({ owner: PRIMARY, yours: true });
    await handle.signal(calledBackSignal, { by: PRIMARY.name });
    expect(await handle.result()).toEqual({ owner: PRIMARY, calledBack: true });
  });

  it('carries on where it was when its worker is shut down between steps, or while a text goes out', async () => {
    const taskQueue = `${harness.taskQueue}-restart`;
    let worker = await startWorker(taskQueue);
    const { tenant, pageId, handle } = await openPage({ taskQueue });
    try {
      const primaryWait = await waitingOnTimer(handle);
      expect(await textLog(tenant)).toEqual(['page: Ana Ruiz']);

      // Shut down while the page waits for the primary; the wait runs out with no worker at all.
      await worker.stop();
      await skipToFire(handle, primaryWait);
      worker = await startWorker(taskQueue);
      const backupWait = await waitingOnTimer(handle);
      expect(await textLog(tenant)).toEqual(['page: Ana Ruiz', 'page: James Okafor']);

      // Shut down while the owner's text goes out: the text is queued, and the worker is gone
      // before the page has heard that it was.
      const links = await lockTable('page_links');
      await skipToFire(handle, backupWait);
      await links.waitedOn();
      const stopping = worker.stop();
      await links.release();
      await stopping;
      expect(await textLog(tenant)).toEqual(['page: Ana Ruiz', 'page: James Okafor', 'page: Evelyn Hart']);

      // The owner opens the link at once; the acknowledgement reaches the server before any worker
      // is back, and the next worker hears of the text and of the acknowledgement together.
      const taken = acknowledge(handle, { position: 2 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      worker = await startWorker(taskQueue);
      expect(await taken).toEqual({ owner: OWNER, yours: true });
      await waitingOnTimer(handle);
      await handle.signal(calledBackSignal, { by: OWNER.name });
      expect(await handle.result()).toEqual({ owner: OWNER, calledBack: true });
    } finally {
      await worker.stop();
    }

    const told = ['page: Ana Ruiz', 'page: James Okafor', 'page: Evelyn Hart', 'taken: Ana Ruiz', 'taken: James Okafor'];
    expect(await textLog(tenant)).toEqual(told);
    const perKey = await harness.db
      .selectFrom('sms_outbox')
      .select(['idempotency_key', (eb) => eb.fn.countAll<string>().as('n')])
      .where('tenant_id', '=', tenant.id)
      .groupBy('idempotency_key')
      .execute();
    expect(perKey.map((row) => Number(row.n))).toEqual(told.map(() => 1));
    expect(await linkLog(pageId)).toEqual(['0: Ana Ruiz', '1: James Okafor', '2: Evelyn Hart']);
    expect(await stepLog(pageId)).toEqual([
      'texted: Ana Ruiz',
      'texted: James Okafor',
      'texted: Evelyn Hart',
      'acknowledged: Evelyn Hart',
      'told_taken: Ana Ruiz',
      'told_taken: James Okafor',
      'called_back: Evelyn Hart',
    ]);
    expect(await pageRow(pageId)).toMatchObject({ status: 'called_back', owner_name: OWNER.name });
  });

  it('says nobody is on call when the organization has no rota, and ends with no owner', async () => {
    const { tenant, pageId, handle } = await openPage({ rota: [] });
    expect(await handle.result()).toEqual({ owner: null, calledBack: false });
    expect(await stepLog(pageId)).toEqual(['nobody_on_call', 'unanswered']);
    expect(await textLog(tenant)).toEqual([]);
    expect(await linkLog(pageId)).toEqual([]);
    expect(await pageRow(pageId)).toMatchObject({ status: 'unanswered', owner_name: null });
  });
});
