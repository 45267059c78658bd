import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPriceQuotes } from '../../../db/queries/call-price-quotes.js';
import { createTask } from '../../../db/queries/tasks.js';
import { clientFor, signedInMember } from '../../../testing/api-client.js';
import { signIn, startApiHarness, TEST_ORIGIN } from '../../../testing/api-harness.js';
import { jsonOf } from '../../../testing/json-body.js';
import { addMember } from '../../../testing/organizations.js';
import { pageLinkTokenTexted, pageStatus, ROTA, SHEET, startPagedFirstCall } from '../../../testing/paged-call.js';

// The page's waits at their real lengths, on the time-skipping server: time moves only when a test
// sleeps, so the second person is paged exactly when a test lets five minutes pass.
const MINUTE_MS = 60_000;
const [ana, james] = ROTA;

let harness: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  harness = await startApiHarness({ timeSkipping: true });
}, 120_000);
afterAll(() => harness.stop());

const send = (method: 'GET' | 'POST', path: string) =>
  harness.app.request(path, { method, headers: { 'content-type': 'application/json', origin: TEST_ORIGIN }, ...(method === 'POST' ? { body: '{}' } : {}) });
const link = (token: string, action = '') => `/api/page-links/${token}${action}`;

/** A signed-in owner whose organization has just paged its rota for a first call. */
async function pagedOrganization() {
  const owner = await signedInMember(harness);
  const tenantId = owner.member.tenant.id;
  const paged = await startPagedFirstCall(harness, tenantId);
  return { ...owner, tenantId, paged, anaToken: await pageLinkTokenTexted(harness.db, tenantId, ana.phone) };
}

describe('GET /api/page-links/{token}', () => {
  it('shows the holder of the link the first-call sheet, whom to call back and by when, and whom it was sent to', async () => {
    const { member, paged, anaToken } = await pagedOrganization();
    const response = await send('GET', link(anaToken));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await jsonOf(response)).toEqual({
      organization: { name: member.tenant.name, timeZone: 'America/Chicago' },
      kind: 'first_call',
      firstCall: SHEET,
      caller: { name: 'Steven Park', phone: '+14155550123', relationship: 'spouse' },
      deceasedName: 'Linda Park',
      callbackDueAt: paged.callbackDueAt.toISOString(),
      page: { status: 'paging', owner: null },
      sentTo: { name: 'Ana Ruiz' },
      yours: false,
      callBackLate: false,
    });
  });

  it('answers 404 for a token it never sent and 400 for half of one, on every route', async () => {
    const unknown = randomBytes(24).toString('base64url');
    for (const [method, path] of [['GET', link(unknown)], ['POST', link(unknown, '/acknowledge')], ['POST', link(unknown, '/called-back')]] as const) {
      const response = await send(method, path);
      expect(`${method} ${response.status}`).toBe(`${method} 404`);
      expect((await jsonOf(response)).error.message).toMatch(/not one we sent/);
    }
    const half = await send('GET', link(unknown.slice(0, 20)));
    expect(half.status).toBe(400);
    expect((await jsonOf(half)).error.issues[0].path).toBe('token');
  });
});

describe('POST /api/page-links/{token}/acknowledge', () => {
  it('gives the page to whoever takes it first; the second person paged is told who has it', async () => {
    const { tenantId, paged, anaToken } = await pagedOrganization();
    await harness.skipping!.sleep(6 * MINUTE_MS);
    const jamesToken = await pageLinkTokenTexted(harness.db, tenantId, james.phone);

    const first = await send('POST', link(anaToken, '/acknowledge'));
    expect(first.status).toBe(200);
    expect(await jsonOf(first)).toEqual({ owner: { name: 'Ana Ruiz', phone: ana.phone }, yours: true });
    expect(await jsonOf(send('POST', link(jamesToken, '/acknowledge')))).toEqual({ owner: { name: 'Ana Ruiz', phone: ana.phone }, yours: false });
    expect(await jsonOf(send('POST', link(anaToken, '/acknowledge')))).toMatchObject({ yours: true });

    expect(await jsonOf(send('GET', link(jamesToken)))).toMatchObject({ page: { status: 'acknowledged', owner: { name: 'Ana Ruiz' } }, sentTo: { name: 'James Okafor' }, yours: false });
    await expect.poll(() => pageStatus(harness.db, paged.pageId), { timeout: 10_000 }).toBe('acknowledged');
    expect(await jsonOf(send('GET', link(anaToken)))).toMatchObject({ page: { status: 'acknowledged', owner: { name: 'Ana Ruiz' } }, yours: true });
  }, 60_000);
});

describe('POST /api/page-links/{token}/called-back', () => {
  it('closes the page once the family has been called back: the link then answers 409 and says why', async () => {
    const { paged, anaToken } = await pagedOrganization();
    expect((await send('POST', link(anaToken, '/acknowledge'))).status).toBe(200);
    expect((await send('POST', link(anaToken, '/called-back'))).status).toBe(204);
    await expect.poll(() => pageStatus(harness.db, paged.pageId), { timeout: 10_000 }).toBe('called_back');

    for (const [method, path] of [['GET', link(anaToken)], ['POST', link(anaToken, '/acknowledge')], ['POST', link(anaToken, '/called-back')]] as const) {
      const response = await send(method, path);
      expect(`${method} ${path.split('/').at(-1)} → ${response.status}`).toBe(`${method} ${path.split('/').at(-1)} → 409`);
      expect((await jsonOf(response)).error.message).toBe('The family has been called back (logged by Ana Ruiz). This page is closed; nothing more is needed from you.');
    }
  }, 60_000);
});

describe('the call view', () => {
  it("shows the call's kind, its first-call sheet, the page step by step and the prices quoted", async () => {
    const { api, tenantId, paged, anaToken } = await pagedOrganization();
    await recordPriceQuotes(harness.db, { tenantId, callId: paged.callId, items: [{ code: 'direct_cremation', item: 'Direct cremation', priceCents: 189500, startingPrice: true, description: null }], quotedAt: new Date().toISOString() });
    await send('POST', link(anaToken, '/acknowledge'));
    await expect.poll(() => pageStatus(harness.db, paged.pageId), { timeout: 10_000 }).toBe('acknowledged');

    const call = await jsonOf(api.get(`/api/calls/${paged.callId}`));
    expect(call).toMatchObject({ kind: 'first_call', firstCall: SHEET, callerName: 'Steven Park' });
    expect(call.page).toMatchObject({ status: 'acknowledged', owner: { name: 'Ana Ruiz', phone: ana.phone }, callbackDueAt: paged.callbackDueAt.toISOString(), calledBackAt: null });
    expect(call.page.steps.map((s: { kind: string; personName: string | null }) => [s.kind, s.personName])).toEqual([
      ['texted', 'Ana Ruiz'],
      ['acknowledged', 'Ana Ruiz'],
    ]);
    expect(call.pricesQuoted).toEqual([{ code: 'direct_cremation', item: 'Direct cremation', priceCents: 189500, startingPrice: true, quotedAt: expect.any(String) }]);

    const list = await jsonOf(api.get('/api/calls'));
    expect(list.items.map((c: { id: string; kind: string }) => [c.id, c.kind])).toEqual([[paged.callId, 'first_call']]);
    expect((await jsonOf(api.get('/api/calls?kind=first_call'))).items).toHaveLength(1);
    expect((await jsonOf(api.get('/api/calls?kind=price_question'))).items).toEqual([]);
    expect((await api.get('/api/calls?kind=sometimes')).status).toBe(400);
  });
});

describe('POST /api/calls/{id}/page/called-back', () => {
  it('lets staff log the call back, which ends the page and its urgent task; read-only members cannot', async () => {
    const { api, member, tenantId, paged } = await pagedOrganization();
    await createTask(harness.db, { tenantId, kind: 'urgent_callback', title: 'Call Steven Park back', dueAt: new Date().toISOString(), contactId: null, callId: paged.callId, idempotencyKey: `urgent:${paged.callId}` });
    const reader = await addMember(harness.db, member.tenant, 'read_only');
    const readOnly = clientFor(harness.app, await signIn(harness.app, reader.email, reader.password));
    expect((await readOnly.post(`/api/calls/${paged.callId}/page/called-back`)).status).toBe(403);

    const staff = await addMember(harness.db, member.tenant, 'staff', { name: 'Grace Holloway' });
    const staffApi = clientFor(harness.app, await signIn(harness.app, staff.email, staff.password));
    expect((await staffApi.post(`/api/calls/${paged.callId}/page/called-back`)).status).toBe(204);
    await expect.poll(() => pageStatus(harness.db, paged.pageId), { timeout: 10_000 }).toBe('called_back');

    const call = await jsonOf(api.get(`/api/calls/${paged.callId}`));
    expect(call.page).toMatchObject({ status: 'called_back', calledBackBy: 'Grace Holloway', calledBackAt: expect.any(String) });
    expect(call.page.steps.at(-1)).toMatchObject({ kind: 'called_back', personName: 'Grace Holloway' });
    expect(call.needsCallback).toBe(false);
    const again = await staffApi.post(`/api/calls/${paged.callId}/page/called-back`);
    expect(again.status).toBe(409);
    expect((await jsonOf(again)).error.message).toBe('The call back is already logged by Grace Holloway.');
  }, 60_000);

  it("never answers for another organization's call, and says so for a call that paged nobody", async () => {
    const { paged } = await pagedOrganization();
    const stranger = await signedInMember(harness);
    expect((await stranger.api.get(`/api/calls/${paged.callId}`)).status).toBe(404);
    expect((await stranger.api.post(`/api/calls/${paged.callId}/page/called-back`)).status).toBe(404);
    expect(await pageStatus(harness.db, paged.pageId)).toBe('paging');

    const quiet = await harness.db
      .insertInto('calls')
      .values({ tenant_id: stranger.member.tenant.id, call_sid: 'CAquiet', workflow_id: `call-CAquiet-${randomBytes(4).toString('hex')}`, started_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const none = await stranger.api.post(`/api/calls/${quiet.id}/page/called-back`);
    expect(none.status).toBe(404);
    expect((await jsonOf(none)).error.message).toMatch(/paged nobody/);
  });
});
