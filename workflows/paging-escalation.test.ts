import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCallRecord } from '../db/queries/calls.js';
import { insertRotaEntry } from '../db/queries/on-call-rota.js';
import { openPageRecord } from '../db/queries/pages.js';
import type { Tenant } from '../db/queries/tenants.js';
import { newTenant, uniqueSuffix } from '../testing/call-cases.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { createPagingActivities } from '../activities/paging.js';
import { acknowledgePageUpdate, calledBackSignal, pageWorkflowId } from './paging-messages.js';

// The page of a first call on the time-skipping test server, with the real activities on the real
// database: the clock jumps only when the test moves it (or waits for the result), so each
// escalation is seen happening at the minute it must.
const MINUTE_MS = 60_000;

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness({ timeSkipping: true });
}, 60_000);
afterAll(() => harness.stop());

const ROTA = [
  { name: 'Ana Ruiz', phone: '+15550100001', role: 'primary' as const },
  { name: 'James Okafor', phone: '+15550100002', role: 'backup' as const },
  { name: 'Evelyn Hart', phone: '+15550100003', role: 'owner' as const },
];

async function startPage(options: { rota?: typeof ROTA } = {}) {
  const tenant = await newTenant(harness.db, 'Paging Chapel');
  for (const [position, person] of (options.rota ?? ROTA).entries()) {
    await insertRotaEntry(harness.db, { tenantId: tenant.id, entry: { ...person, weekdays: [1, 2, 3, 4, 5, 6, 7], from: '00:00', until: '24:00' }, position });
  }
  const callWorkflowId = `call-PAGE${uniqueSuffix()}`;
  const now = await harness.skipping!.currentTimeMs();
  const call = await openCallRecord(harness.db, { tenantId: tenant.id, callSid: callWorkflowId.slice(5), workflowId: callWorkflowId, fromPhone: '+13035550177', startedAt: new Date(now).toISOString() });
  const page = await openPageRecord(harness.db, { tenantId: tenant.id, callId: call.id, workflowId: pageWorkflowId(callWorkflowId), callbackDueAt: new Date(now + 15 * MINUTE_MS).toISOString() });
  const handle = await harness.temporal.workflow.start('PagingWorkflow', {
    workflowId: pageWorkflowId(callWorkflowId),
    taskQueue: harness.taskQueue,
    args: [{ tenantId: tenant.id, pageId: page.id, callId: call.id, callWorkflowId }],
  });
  return { tenant, pageId: page.id, handle };
}

async function texts(tenant: Tenant) {
  return harness.db.selectFrom('sms_outbox').select(['to_phone', 'body', 'idempotency_key']).where('tenant_id', '=', tenant.id).where('purpose', '=', 'page').orderBy('created_at').execute();
}

async function steps(tenant: Tenant) {
  return (await harness.db.selectFrom('page_steps').select(['kind', 'person_name']).where('tenant_id', '=', tenant.id).orderBy('at').orderBy('id').execute()).map((s) => `${s.kind}${s.person_name ? `:${s.person_name}` : ''}`);
}

/** Waits (on our clock, the server's stands still) until the page has sent `count` texts. */
async function untilTexts(tenant: Tenant, count: number) {
  for (let i = 0; i < 200; i++) {
    if ((await texts(tenant)).length >= count) return texts(tenant);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the page sent ${(await texts(tenant)).length} texts, not ${count}`);
}

async function pageRow(pageId: string) {
  return harness.db.selectFrom('pages').select(['status', 'owner_name', 'called_back_by']).where('id', '=', pageId).executeTakeFirstOrThrow();
}

describe('the page of a first call', () => {
  it('is taken by the primary, who alone is texted, and ends when the family is called back', async () => {
    const { tenant, pageId, handle } = await startPage();
    const [first] = await untilTexts(tenant, 1);
    expect(first!.to_phone).toBe('+15550100001');
    expect(first!.body).toMatch(/^FIRST CALL for Paging Chapel\./);
    expect(first!.body).toMatch(/\/page\/[\w-]{20,}$/);
    expect(await handle.executeUpdate(acknowledgePageUpdate, { args: [{ position: 0, by: 'link' }] })).toMatchObject({ owner: { name: 'Ana Ruiz' }, yours: true });
    await handle.signal(calledBackSignal, { by: 'Ana Ruiz' });
    expect(await handle.result()).toMatchObject({ owner: { name: 'Ana Ruiz' }, calledBack: true });
    expect((await texts(tenant)).map((t) => t.to_phone)).toEqual(['+15550100001']);
    expect(await pageRow(pageId)).toEqual({ status: 'called_back', owner_name: 'Ana Ruiz', called_back_by: 'Ana Ruiz' });
    expect(await steps(tenant)).toEqual(['texted:Ana Ruiz', 'acknowledged:Ana Ruiz', 'called_back:Ana Ruiz']);
  }, 60_000);

  it('goes to the backup after five minutes without an answer, and tells the primary it is taken', async () => {
    const { tenant, handle } = await startPage();
    await untilTexts(tenant, 1);
    await harness.skipping!.sleep(5 * MINUTE_MS + 1000);
    const sent = await untilTexts(tenant, 2);
    expect(sent.map((t) => t.to_phone)).toEqual(['+15550100001', '+15550100002']);
    // A reply from the backup's phone takes it.
    expect(await handle.executeUpdate(acknowledgePageUpdate, { args: [{ phone: '+15550100002', by: 'reply' }] })).toMatchObject({ owner: { name: 'James Okafor' }, yours: true });
    await handle.signal(calledBackSignal, { by: 'James Okafor' });
    await handle.result();
    const all = await texts(tenant);
    expect(all.map((t) => t.to_phone)).toEqual(['+15550100001', '+15550100002', '+15550100001']);
    expect(all[2]!.body).toContain('Taken: James Okafor has the first call');
    expect(new Set(all.map((t) => t.idempotency_key)).size).toBe(all.length);
  }, 60_000);

  it('has exactly one owner when two people take it at the moment it escalates', async () => {
    const { tenant, handle } = await startPage();
    await untilTexts(tenant, 1);
    await harness.skipping!.sleep(5 * MINUTE_MS);
    await untilTexts(tenant, 2);
    const answers = await Promise.all([
      handle.executeUpdate(acknowledgePageUpdate, { args: [{ position: 1, by: 'link' }] }),
      handle.executeUpdate(acknowledgePageUpdate, { args: [{ position: 0, by: 'link' }] }),
    ]);
    expect(answers.filter((a) => a.yours)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.owner.name)).size).toBe(1);
    await handle.signal(calledBackSignal, { by: answers[0]!.owner.name });
    await handle.result();
    expect((await steps(tenant)).filter((s) => s.startsWith('acknowledged'))).toHaveLength(1);
  }, 60_000);

  it('escalates a call back the family was promised and did not get', async () => {
    const { tenant, pageId, handle } = await startPage();
    await untilTexts(tenant, 1);
    await handle.executeUpdate(acknowledgePageUpdate, { args: [{ position: 0, by: 'link' }] });
    await harness.skipping!.sleep(16 * MINUTE_MS);
    const sent = await untilTexts(tenant, 3);
    expect(sent.slice(1).map((t) => t.to_phone).sort()).toEqual(['+15550100001', '+15550100002']);
    expect(sent[1]!.body).toMatch(/^OVERDUE: /);
    expect(await steps(tenant)).toContain('callback_missed:James Okafor');
    await handle.signal(calledBackSignal, { by: 'Ana Ruiz' });
    expect(await handle.result()).toMatchObject({ calledBack: true });
    expect((await pageRow(pageId)).status).toBe('called_back');
  }, 60_000);

  it('refuses an acknowledgement from someone it was never sent to', async () => {
    const { tenant, handle } = await startPage();
    await untilTexts(tenant, 1);
    await expect(handle.executeUpdate(acknowledgePageUpdate, { args: [{ phone: '+15559999999', by: 'reply' }] })).rejects.toMatchObject({ cause: { message: expect.stringMatching(/not sent to you/) } });
    await handle.signal(calledBackSignal, { by: 'staff' });
    expect(await handle.result()).toMatchObject({ owner: null, calledBack: true });
  }, 60_000);

  it('tells nobody and says so when the organization has no rota', async () => {
    const { tenant, handle } = await startPage({ rota: [] });
    expect(await handle.result()).toEqual({ owner: null, calledBack: false });
    expect(await steps(tenant)).toEqual(['nobody_on_call', 'unanswered']);
    expect(await texts(tenant)).toEqual([]);
  }, 60_000);

  it('sends each text once however often a crashed worker retries it', async () => {
    const { tenant, pageId, handle } = await startPage({ rota: [] });
    await handle.result();
    const paging = createPagingActivities({ db: harness.db, webOrigin: 'http://127.0.0.1:5173' });
    const person = ROTA[0]!;
    const at = new Date().toISOString();
    // The same step as a retry runs it: after the first attempt committed, and racing another.
    await paging.textPage({ tenantId: tenant.id, pageId, position: 0, person, at });
    await Promise.all([paging.textPage({ tenantId: tenant.id, pageId, position: 0, person, at }), paging.textPage({ tenantId: tenant.id, pageId, position: 0, person, at })]);
    await paging.textPageTaken({ tenantId: tenant.id, pageId, owner: ROTA[1]!, person, at });
    await paging.textPageTaken({ tenantId: tenant.id, pageId, owner: ROTA[1]!, person, at });
    expect((await texts(tenant)).map((t) => t.idempotency_key)).toEqual([`page:${pageId}:0`, `taken:${pageId}:${person.phone}`]);
    const links = await harness.db.selectFrom('page_links').select('position').where('page_id', '=', pageId).execute();
    expect(links).toEqual([{ position: 0 }]);
  }, 60_000);
});
