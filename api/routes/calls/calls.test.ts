import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInMember, type ApiClient } from '../../../testing/api-client.js';
import { startApiHarness } from '../../../testing/api-harness.js';
import { jsonOf } from '../../../testing/json-body.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness.stop());

async function practiceCall(api: ApiClient, lines: string[], fromPhone: string | null = null): Promise<string> {
  const started = await api.post('/api/practice-calls', { fromPhone });
  expect(started.status).toBe(201);
  const { callId } = await jsonOf(started);
  for (const text of lines) {
    const answered = await api.post(`/api/practice-calls/${callId}/lines`, { text });
    expect(answered.status).toBe(200);
    if ((await jsonOf(answered)).ended) break;
  }
  return callId;
}

/** The page of a call once it reaches `wanted`, or its status after a few seconds. */
async function pageStatusOf(callId: string, wanted: string): Promise<string | null> {
  let status: string | null = null;
  for (let i = 0; i < 100 && status !== wanted; i++) {
    const row = await harness.db.selectFrom('pages').select('status').where('call_id', '=', callId).executeTakeFirst();
    status = row?.status ?? null;
    if (status !== wanted) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return status;
}

/** Reads server-sent events until one satisfies `done`. */
async function readEvents(response: Response, done: (data: { stage: string | null; transcript: unknown[] }) => boolean) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const seen: Array<{ stage: string | null; transcript: unknown[] }> = [];
  for (;;) {
    const { value, done: closed } = await reader.read();
    if (closed) return seen;
    buffer += value;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (!data) continue;
      seen.push(JSON.parse(data.slice(6)));
      if (done(seen.at(-1)!)) {
        await reader.cancel();
        return seen;
      }
    }
  }
}

describe('calls', () => {
  it('runs a simulated call that books, shown live while it happens and in the list afterwards', async () => {
    const { api } = await signedInMember(harness);
    const started = await jsonOf(api.post('/api/practice-calls', {}));
    const events = await api.get(`/api/calls/${started.callId}/events`);
    expect(events.headers.get('content-type')).toContain('text/event-stream');
    const watching = readEvents(events, (call) => call.transcript.length >= 3);

    await api.post(`/api/practice-calls/${started.callId}/lines`, { text: 'Hi, I need to schedule a burial service for my mother who passed away yesterday.' });
    const seen = await watching;
    expect(seen.at(-1)!.transcript).toEqual(expect.arrayContaining([{ role: 'caller', text: 'Hi, I need to schedule a burial service for my mother who passed away yesterday.' }]));
    expect(seen[0]!.stage).toBe('listening');

    const live = await jsonOf(api.get(`/api/calls/${started.callId}`));
    expect(live).toMatchObject({ status: 'in_progress', stage: 'listening', temporalUrl: expect.stringContaining(`/workflows/${live.workflowId}`) });

    for (const text of ["I'm Sarah Williams, and my mother was Elizabeth Williams.", 'Saturday at 11 AM would be perfect.', "It's 555-123-4567.", "That's all, thank you."]) {
      const answered = await jsonOf(api.post(`/api/practice-calls/${started.callId}/lines`, { text }));
      if (answered.ended) break;
    }
    const line = await api.post(`/api/practice-calls/${started.callId}/hang-up`, {});
    expect([204, 409]).toContain(line.status);

    const list = await jsonOf(api.get('/api/calls'));
    expect(list.items).toHaveLength(1);
    const [call] = list.items;
    expect(call).toMatchObject({ id: started.callId, status: 'completed', outcome: 'booked', callerName: 'Sarah Williams', needsCallback: false });
    expect(call.booking).toMatchObject({ serviceType: 'burial', confirmationCode: expect.any(String) });
    expect(new Date(call.booking.startsAt).getUTCDay()).toBe(6);
    const detail = await jsonOf(api.get(`/api/calls/${started.callId}`));
    expect(detail.stage).toBe('ended');
    expect(detail.extracted).toMatchObject({ callerName: 'Sarah Williams', deceasedName: 'Elizabeth Williams' });
    expect((await api.post(`/api/practice-calls/${started.callId}/lines`, { text: 'Hello?' })).status).toBe(409);
  });

  it('marks an urgent call until someone has called back, and shows it on the dashboard', async () => {
    const { api } = await signedInMember(harness);
    const callId = await practiceCall(api, [
      'Hello? My wife just died at home, about an hour ago. Hospice told me to call you.',
      "Her name is Linda Park. I'm Steven Park.",
      "I don't know what to do. Can someone come to the house?",
    ], '+14155550123');
    await api.post(`/api/practice-calls/${callId}/hang-up`, {});

    const waiting = await jsonOf(api.get('/api/calls?needsCallback=true'));
    expect(waiting.items.map((c: { id: string; urgent: boolean }) => [c.id, c.urgent])).toEqual([[callId, true]]);
    const dashboard = await jsonOf(api.get('/api/dashboard'));
    expect(dashboard.urgentWaiting.map((c: { id: string }) => c.id)).toEqual([callId]);
    expect(dashboard.calls.count).toBe(1);
    expect(dashboard.newContacts.latest.map((c: { name: string }) => c.name)).toEqual(['Steven Park']);

    const tasks = await jsonOf(api.get('/api/tasks'));
    const callback = tasks.items.find((t: { kind: string; callId: string }) => t.kind === 'urgent_callback' && t.callId === callId);
    expect(callback).toMatchObject({ status: 'open', contactName: 'Steven Park' });
    expect((await api.post(`/api/tasks/${callback.id}/done`)).status).toBe(204);
    expect((await jsonOf(api.get('/api/calls?needsCallback=true'))).items).toEqual([]);
    expect((await jsonOf(api.get('/api/calls'))).items[0]).toMatchObject({ urgent: true, needsCallback: false });
    const done = await jsonOf(api.get('/api/tasks?status=done'));
    expect(done.items.find((t: { id: string }) => t.id === callback.id)).toMatchObject({ doneByName: expect.stringMatching(/^Member /) });
    // The call opened a page (this organization has nobody on its rota); the call back logged on its task closes it.
    expect(await pageStatusOf(callId, 'called_back')).toBe('called_back');
  });

  it("shows how long callers waited for the agent: each call's replies and tools, and the last day's on the dashboard", async () => {
    const { api } = await signedInMember(harness);
    const recent = await practiceCall(api, ['Hello, what time do you close today?'], '+14155550124');
    const older = await practiceCall(api, ['Hello, do you have parking?'], '+14155550125');
    for (const id of [recent, older]) await api.post(`/api/practice-calls/${id}/hang-up`, {});
    await expect.poll(async () => (await jsonOf(api.get(`/api/calls/${older}`))).status, { timeout: 15_000 }).toBe('completed');
    await expect.poll(async () => (await jsonOf(api.get(`/api/calls/${recent}`))).status, { timeout: 15_000 }).toBe('completed');
    const at = new Date().toISOString();
    const reply = (totalMs: number) => ({ kind: 'reply', at, totalMs, thinkMs: totalMs - 300, ttsMs: 200 });
    // What the voice bridge records on a live call (voice/call-bridge.test.ts); a practice call has none.
    await harness.db.updateTable('calls').set({ timings: JSON.stringify([reply(1200), { kind: 'tool', at, tool: 'check_availability', ms: 45 }, reply(2600)]) }).where('id', '=', recent).execute();
    await harness.db.updateTable('calls').set({ timings: JSON.stringify([reply(9000)]), ended_at: new Date(Date.now() - 2 * 24 * 3600_000) }).where('id', '=', older).execute();

    const call = await jsonOf(api.get(`/api/calls/${recent}`));
    expect(call.timings).toHaveLength(3);
    expect(call.latency).toEqual({ replies: { count: 2, p50Ms: 1200, p95Ms: 2600 }, tools: { count: 1, p50Ms: 45, p95Ms: 45 } });
    const dashboard = await jsonOf(api.get('/api/dashboard'));
    expect(dashboard.latency).toEqual(call.latency);
    const stranger = await signedInMember(harness);
    expect((await jsonOf(stranger.api.get('/api/dashboard'))).latency.replies).toEqual({ count: 0, p50Ms: null, p95Ms: null });
  });

  it("keeps each organization's calls and tasks to itself, and read-only members from starting calls", async () => {
    const owner = await signedInMember(harness);
    const callId = await practiceCall(owner.api, ['Hi, what are your hours on Sunday?']);
    await owner.api.post(`/api/practice-calls/${callId}/hang-up`, {});
    const stranger = await signedInMember(harness);
    expect((await stranger.api.get(`/api/calls/${callId}`)).status).toBe(404);
    expect((await stranger.api.get(`/api/calls/${callId}/events`)).status).toBe(404);
    expect((await stranger.api.post(`/api/practice-calls/${callId}/lines`, { text: 'hi' })).status).toBe(404);
    expect((await jsonOf(stranger.api.get('/api/calls'))).items).toEqual([]);
    expect((await stranger.api.post('/api/tasks/00000000-0000-4000-8000-000000000000/done')).status).toBe(404);

    const reader = await signedInMember(harness, { role: 'read_only' });
    expect((await reader.api.post('/api/practice-calls', {})).status).toBe(403);
    expect((await reader.api.get('/api/dashboard')).status).toBe(200);
    expect((await owner.api.get('/api/calls?outcome=maybe')).status).toBe(400);
    expect((await owner.api.post('/api/practice-calls', { fromPhone: '555' })).status).toBe(400);
  });
});
