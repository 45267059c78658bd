import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCallRecord } from '../db/queries/calls.js';
import { createTask } from '../db/queries/tasks.js';
import { signedInMember, type ApiClient } from '../testing/api-client.js';
import { startApiHarness } from '../testing/api-harness.js';
import { jsonOf } from '../testing/json-body.js';
import { declaredAccess } from './route-access.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
});
afterAll(() => harness.stop());

/** Valid bodies, so that a refusal is about whose row it is, never about the request's shape. */
const BODIES: Record<string, unknown> = {
  'PATCH /api/contacts/:id': { name: 'Taken over' },
  'POST /api/contacts/:id/interactions': { summary: 'Written by a stranger' },
  'POST /api/practice-calls/:id/lines': { text: 'Hello?' },
  'PATCH /api/team/members/:userId': { role: 'staff' },
  'PUT /api/settings/on-call-rota/:id': { name: 'Taken Over', phone: '+13125550888', role: 'primary' },
  'PUT /api/settings/price-list/:id': { code: 'taken-over', item: 'Taken over', priceCents: 1 },
  'PUT /api/settings/knowledge/:id': { topic: 'other', question: 'Taken over?', answer: 'Yes' },
  'PUT /api/settings/public-services/:id': { name: 'Taken Over', kind: 'funeral', localStart: '2030-01-01T10:00', place: 'Elsewhere' },
};

describe("another organization's ids", () => {
  it('get 404 or 403 on every route that takes one, and never appear in what any list returns', async () => {
    const owner = await signedInMember(harness, { name: 'Hidden Hollow Funeral Home' });
    const tenantId = owner.member.tenant.id;
    const contact = await jsonOf(owner.api.post('/api/contacts', { name: 'Secret Family', email: 'secret@example.com', phone: '+13125550999' }));
    const call = await openCallRecord(harness.db, { tenantId, callSid: 'CAisolation', workflowId: 'call-CAisolation', fromPhone: '+13125550999', startedAt: new Date().toISOString() });
    await createTask(harness.db, { tenantId, kind: 'urgent_callback', title: 'Call Secret Family back', dueAt: new Date().toISOString(), contactId: contact.id, callId: call.id, idempotencyKey: 'isolation' });
    const [task] = (await jsonOf(owner.api.get('/api/tasks'))).items;
    const invitation = await jsonOf(owner.api.post('/api/team/invitations', { email: 'hidden-colleague@example.com', role: 'staff' }));
    const [session] = (await jsonOf(owner.api.get('/api/auth/sessions'))).sessions;
    const rotaEntry = await jsonOf(owner.api.post('/api/settings/on-call-rota', { name: 'Secret Director', phone: '+13125550997', role: 'primary' }));
    const priceItem = await jsonOf(owner.api.post('/api/settings/price-list', { code: 'secret-package', item: 'Secret Package', priceCents: 12345 }));
    const answer = await jsonOf(owner.api.post('/api/settings/knowledge', { topic: 'other', question: 'Secret question?', answer: 'Secret answer' }));
    const service = await jsonOf(owner.api.post('/api/settings/public-services', { name: 'Secret Service', kind: 'funeral', localStart: '2030-01-01T10:00', place: 'Secret Chapel' }));

    const theirs: Record<string, string> = {
      '/api/contacts/:id': contact.id,
      '/api/calls/:id': call.id,
      '/api/practice-calls/:id': call.id,
      '/api/tasks/:id': task.id,
      '/api/team/invitations/:id': invitation.id,
      '/api/team/members/:userId': owner.member.userId,
      '/api/auth/sessions/:id': session.id,
      '/api/settings/on-call-rota/:id': rotaEntry.id,
      '/api/settings/price-list/:id': priceItem.id,
      '/api/settings/knowledge/:id': answer.id,
      '/api/settings/public-services/:id': service.id,
    };
    const settingsRows = [rotaEntry.id, priceItem.id, answer.id, service.id, 'Secret Director', 'secret-package', 'Secret answer', 'Secret Chapel'];
    const secrets = [contact.id, call.id, task.id, invitation.id, owner.member.userId, session.id, 'Secret Family', 'secret@example.com', 'hidden-colleague', ...settingsRows];

    const stranger: ApiClient = (await signedInMember(harness)).api;
    const strangersOwn = await jsonOf(stranger.post('/api/contacts', { name: 'Their own contact' }));
    BODIES['POST /api/contacts/:id/merge'] = { otherId: strangersOwn.id };
    const routes = [...new Map(harness.app.routes.filter((r) => r.method !== 'ALL').map((r) => [`${r.method} ${r.path}`, r])).values()];
    const checked: string[] = [];
    for (const route of routes) {
      const access = declaredAccess(route.method, route.path);
      // Signing out, or starting a call of one's own, concerns no one else's rows.
      if (access === 'public' || route.path === '/api/auth/logout' || `${route.method} ${route.path}` === 'POST /api/practice-calls') continue;
      const key = Object.keys(theirs).find((prefix) => route.path.startsWith(prefix));
      const path = key ? route.path.replace(/:[A-Za-z]+/, theirs[key]!) : route.path;
      if (/:[A-Za-z]+/.test(path)) throw new Error(`no id of the other organization for ${route.method} ${route.path}: add one above`);
      const body = BODIES[`${route.method} ${route.path}`] ?? {};
      const response = route.method === 'GET' ? await stranger.get(path) : await stranger.request(route.method, path, body);
      const text = await response.text();
      if (key) {
        expect(`${route.method} ${route.path} → ${response.status}`).toMatch(/→ 40[34]$/);
      }
      // A refusal may repeat the id that was asked for; anything else of theirs is a leak.
      for (const secret of secrets.filter((s) => !path.includes(s))) expect(`${route.method} ${route.path} shows ${text.includes(secret) ? secret : 'nothing of theirs'}`).toBe(`${route.method} ${route.path} shows nothing of theirs`);
      checked.push(`${route.method} ${route.path}`);
    }
    expect(checked).toEqual(
      expect.arrayContaining(['GET /api/contacts/:id', 'PATCH /api/contacts/:id', 'POST /api/tasks/:id/done', 'GET /api/calls', 'GET /api/dashboard', 'GET /api/settings/on-call-rota', 'PUT /api/settings/price-list/:id']),
    );

    // And nothing of theirs changed.
    const after = await jsonOf(owner.api.get(`/api/contacts/${contact.id}`));
    expect(after.contact.name).toBe('Secret Family');
    expect(after.interactions).toEqual([]);
    expect((await jsonOf(owner.api.get('/api/tasks'))).items.map((t: { id: string }) => t.id)).toEqual([task.id]);
    expect((await jsonOf(owner.api.get('/api/settings/price-list'))).items).toEqual([expect.objectContaining({ code: 'secret-package', priceCents: 12345 })]);
    expect((await jsonOf(owner.api.get('/api/settings/on-call-rota'))).items).toEqual([expect.objectContaining({ name: 'Secret Director' })]);
  });
});
