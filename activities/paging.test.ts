import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPageRecord } from '../db/queries/pages.js';
import type { OnCallPerson } from '../domain/paging/on-call-rota.js';
import { startActivityHarness } from '../testing/activity-harness.js';

// A crashed worker's activity runs again: the page's texts must go out once however often that is,
// and a retry racing the first attempt must not send a second text or make a second link.
let harness: Awaited<ReturnType<typeof startActivityHarness>>;
beforeAll(async () => {
  harness = await startActivityHarness();
});
afterAll(() => harness.stop());

const PRIMARY: OnCallPerson = { name: 'Ana Ruiz', phone: '+15550100001', role: 'primary' };
const BACKUP: OnCallPerson = { name: 'James Okafor', phone: '+15550100002', role: 'backup' };

describe('the paging activities', () => {
  it('send each text once however often a crashed worker retries it', async () => {
    const tenant = await harness.newTenant();
    const call = await harness.newCall(tenant);
    const page = await openPageRecord(harness.db, { tenantId: tenant.id, callId: call.callId, workflowId: `page-${call.workflowId}`, callbackDueAt: new Date(Date.now() + 15 * 60_000).toISOString() });
    const at = new Date().toISOString();
    const step = { tenantId: tenant.id, pageId: page.id, position: 0, person: PRIMARY, at };
    // The same step as a retry runs it: after the first attempt committed, and racing another.
    await harness.activities.textPage(step);
    await Promise.all([harness.activities.textPage(step), harness.activities.textPage(step)]);
    await harness.activities.textPageTaken({ tenantId: tenant.id, pageId: page.id, owner: BACKUP, person: PRIMARY, at });
    await harness.activities.textPageTaken({ tenantId: tenant.id, pageId: page.id, owner: BACKUP, person: PRIMARY, at });
    const texts = await harness.db.selectFrom('sms_outbox').select('idempotency_key').where('tenant_id', '=', tenant.id).orderBy('created_at').execute();
    expect(texts.map((t) => t.idempotency_key)).toEqual([`page:${page.id}:0`, `taken:${page.id}:${PRIMARY.phone}`]);
    const links = await harness.db.selectFrom('page_links').select('position').where('page_id', '=', page.id).execute();
    expect(links).toEqual([{ position: 0 }]);
  });
});
