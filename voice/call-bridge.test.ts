import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { WebSocket } from 'ws';
import { startOrAttachCall } from '../api/operations/start-call.js';
import { startFakeDeepgramAgent, type FakeDeepgramAgent } from '../testing/fakes/deepgram-agent.js';
import { createOrganizationWithMember } from '../testing/organizations.js';
import { openTwilioMediaStream } from '../testing/twilio-media-stream.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { callStateQuery } from '../workflows/call-messages.js';
import { BUNDLED_AGENT_LOST_AUDIO, startBridgeServer, type BridgeServer } from './bridge-server.js';
import { deepgramAgentConnector } from './deepgram-agent.js';

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
let agent: FakeDeepgramAgent;
let bridge: BridgeServer;

beforeAll(async () => {
  harness = await startWorkerHarness();
  agent = await startFakeDeepgramAgent();
  bridge = await startBridgeServer({
    host: '127.0.0.1',
    port: 0,
    temporal: harness.temporal,
    connectAgent: deepgramAgentConnector({ apiKey: 'dg-test-key', agentUrl: agent.url }),
    logger: harness.logger,
    twilio: { authToken: TOKEN, publicUrl: PUBLIC_URL },
  });
});
afterAll(async () => {
  await bridge.stop();
  await agent.stop();
  await harness.stop();
});

const TOKEN = 'twilio-voice-test-token';
const PUBLIC_URL = 'wss://voice.example.test/twilio/media';

/** Twilio's side of a media stream, its connection signed: JSON events in, and what the bridge sends back. */
const twilioStream = () => openTwilioMediaStream({ url: bridge.url, authToken: TOKEN, signedUrl: PUBLIC_URL });

async function startedCall() {
  const { tenant } = await createOrganizationWithMember(harness.db, { name: 'Evergreen Chapel' });
  const callSid = `CA${randomBytes(16).toString('hex')}`;
  const handle = await startOrAttachCall({
    temporal: harness.temporal,
    taskQueue: harness.taskQueue,
    call: { tenantId: tenant.id, callSid, fromPhone: '+13125550142', referenceTime: new Date().toISOString(), timeZone: 'America/Chicago' },
  });
  return { callSid, handle, workflowId: `call-${callSid}` };
}

const until = async (check: () => boolean) => expect.poll(check, { timeout: 10_000 }).toBe(true);

describe('the voice bridge between a Twilio media stream and the voice agent', () => {
  it('refuses a stream connection Twilio did not sign, or signed for another address', async () => {
    const refusedWith = (headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(bridge.url, { headers });
        socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.once('open', () => resolve(101));
      });
    expect(await refusedWith({})).toBe(403);
    expect(await refusedWith({ 'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, 'wss://elsewhere.example/twilio/media', {}) })).toBe(403);
  });

  it('configures the agent for telephone audio, relays speech and audio both ways, and answers function calls from the workflow', async () => {
    const { callSid, handle, workflowId } = await startedCall();
    const twilio = await twilioStream();
    const streamSid = `MZ${randomBytes(16).toString('hex')}`;
    twilio.send({ event: 'connected', protocol: 'Call', version: '1.0.0' });
    const sessionReady = agent.nextSession();
    twilio.send({ event: 'start', streamSid, start: { callSid, streamSid, customParameters: { workflowId, greeting: 'Thank you for calling Evergreen Chapel.', organizationName: 'Evergreen Chapel' } } });
    twilio.send({ event: 'media', streamSid, media: { track: 'inbound', payload: Buffer.alloc(160, 0xff).toString('base64') } });
    const session = await sessionReady;
    expect(session.authorization).toBe('Token dg-test-key');
    const settings = (await session.next('Settings')) as { audio: unknown; agent: { greeting: string; think: { prompt: string; functions: Array<{ name: string; defer_until_eot?: boolean }> } } };
    expect(settings.audio).toEqual({ input: { encoding: 'mulaw', sample_rate: 8000 }, output: { encoding: 'mulaw', sample_rate: 8000, container: 'none' } });
    expect(settings.agent.greeting).toBe('Thank you for calling Evergreen Chapel.');
    expect(settings.agent.think.prompt).toContain('Evergreen Chapel');
    expect(settings.agent.think.functions.find((f) => f.name === 'book_appointment')?.defer_until_eot).toBe(true);
    expect(settings.agent.think.functions.find((f) => f.name === 'look_up_prices')?.defer_until_eot).toBeUndefined();
    // The audio that arrived before the settings were applied follows them, not before.
    await until(() => session.received.some((m) => 'audioBytes' in m));
    const settingsAt = session.received.findIndex((m) => 'type' in m && m.type === 'Settings');
    expect(session.received.findIndex((m) => 'audioBytes' in m)).toBeGreaterThan(settingsAt);

    session.send({ type: 'ConversationText', role: 'user', content: "Hi, this is Helen Marsh. My husband Walter died on Sunday." });
    await until(() => session.received.length > 0);
    await expect.poll(async () => (await handle.query(callStateQuery)).turns.map((t) => t.text), { timeout: 10_000 }).toContain("Hi, this is Helen Marsh. My husband Walter died on Sunday.");

    session.send({ type: 'FunctionCallRequest', functions: [{ id: 'fc-1', name: 'save_caller_details', arguments: '{}', client_side: true }] });
    const response = (await session.next('FunctionCallResponse')) as { id: string; name: string; content: string };
    expect(response).toMatchObject({ id: 'fc-1', name: 'save_caller_details' });
    expect(JSON.parse(response.content).details).toMatchObject({ callerName: 'Helen Marsh', deceasedName: 'Walter', relationship: 'spouse' });

    session.send({ type: 'FunctionCallRequest', functions: [{ id: 'fc-2', name: 'hold_slot', arguments: '{"localStart":"not a time"}', client_side: true }] });
    const refused = (await session.next('FunctionCallResponse')) as { content: string };
    expect(JSON.parse(refused.content).error).toMatch(/localStart/);

    session.sendAudio(Buffer.alloc(320, 0x7f));
    await until(() => twilio.received.some((m) => m.event === 'media'));
    const media = twilio.received.find((m) => m.event === 'media')!;
    expect(media.streamSid).toBe(streamSid);
    expect(Buffer.from(media.media!.payload, 'base64')).toHaveLength(320);

    session.send({ type: 'UserStartedSpeaking' });
    await until(() => twilio.received.some((m) => m.event === 'clear'));

    twilio.send({ event: 'stop', streamSid, stop: { callSid } });
    await expect.poll(async () => (await handle.describe()).status.name, { timeout: 15_000 }).not.toBe('RUNNING');
  });

  it("does not answer a function call the agent cancelled while it ran", async () => {
    const { callSid, workflowId } = await startedCall();
    const twilio = await twilioStream();
    const sessionReady = agent.nextSession();
    twilio.send({ event: 'start', streamSid: 'MZcancel', start: { callSid, customParameters: { workflowId } } });
    const session = await sessionReady;
    await session.next('Settings');
    session.send({ type: 'FunctionCallRequest', functions: [{ id: 'fc-c', name: 'save_caller_details', arguments: '{}', client_side: true }] });
    session.send({ type: 'FunctionCallCancelled', functions: [{ id: 'fc-c', name: 'save_caller_details' }] });
    session.send({ type: 'FunctionCallRequest', functions: [{ id: 'fc-d', name: 'save_caller_details', arguments: '{}', client_side: true }] });
    const answered = (await session.next('FunctionCallResponse')) as { id: string };
    expect(answered.id).toBe('fc-d');
    expect(session.received.filter((m) => 'type' in m && m.type === 'FunctionCallResponse').map((m) => (m as unknown as { id: string }).id)).toEqual(['fc-d']);
    twilio.socket.close();
  });

  it('tells a caller whose agent dropped mid-call, in the recorded phrase, that a person will call back, and leaves that call-back on the task list', async () => {
    const { callSid, handle, workflowId } = await startedCall();
    const twilio = await twilioStream();
    const sessionReady = agent.nextSession();
    twilio.send({ event: 'start', streamSid: 'MZdrop', start: { callSid, customParameters: { workflowId } } });
    const session = await sessionReady;
    await session.next('Settings');
    session.close();
    // The caller goes on speaking while the apology plays, for longer than a keep-alive's interval:
    // nothing is sent to the closed agent socket (which would throw and take the bridge down).
    const speaking = setInterval(() => twilio.send({ event: 'media', streamSid: 'MZdrop', media: { payload: Buffer.alloc(160, 0xff).toString('base64') } }), 20);
    await new Promise((resolve) => setTimeout(resolve, 200));
    clearInterval(speaking);
    // The whole recording reaches the caller, then a mark; the line closes once Twilio has played it.
    const phrase = readFileSync(BUNDLED_AGENT_LOST_AUDIO);
    const played = () => twilio.received.filter((m) => m.event === 'media').reduce((bytes, m) => bytes + Buffer.from(m.media!.payload, 'base64').length, 0);
    await until(() => twilio.received.some((m) => m.event === 'mark'));
    expect(played()).toBe(phrase.length);
    expect(twilio.socket.readyState).toBe(WebSocket.OPEN);
    twilio.send({ event: 'mark', streamSid: 'MZdrop', mark: { name: (twilio.received.find((m) => m.event === 'mark') as { mark: { name: string } }).mark.name } });
    await until(() => twilio.socket.readyState === WebSocket.CLOSED);
    await expect.poll(async () => (await handle.describe()).status.name, { timeout: 15_000 }).not.toBe('RUNNING');
    const tasks = await harness.db.selectFrom('tasks').innerJoin('calls', 'calls.id', 'tasks.call_id').select(['tasks.kind', 'tasks.title']).where('calls.workflow_id', '=', workflowId).execute();
    expect(tasks).toEqual([expect.objectContaining({ kind: 'urgent_callback', title: expect.stringMatching(/cut off/) })]);
  });

  it("keeps how long each reply and each tool took on the call's record", async () => {
    const { callSid, workflowId } = await startedCall();
    const twilio = await twilioStream();
    const sessionReady = agent.nextSession();
    twilio.send({ event: 'start', streamSid: 'MZtimed', start: { callSid, customParameters: { workflowId } } });
    const session = await sessionReady;
    await session.next('Settings');
    session.send({ type: 'AgentStartedSpeaking', total_latency: 1.234, tts_latency: 0.2, ttt_latency: 0.9 });
    session.send({ type: 'FunctionCallRequest', functions: [{ id: 'fc-t', name: 'look_up_prices', arguments: '{}', client_side: true }] });
    await session.next('FunctionCallResponse');
    await expect.poll(async () => (await harness.temporal.workflow.getHandle(workflowId).query(callStateQuery)).timings.length, { timeout: 10_000 }).toBe(2);
    twilio.send({ event: 'stop', streamSid: 'MZtimed' });
    await expect.poll(async () => (await harness.db.selectFrom('calls').select('status').where('workflow_id', '=', workflowId).executeTakeFirst())?.status, { timeout: 15_000 }).toBe('completed');
    const { timings } = await harness.db.selectFrom('calls').select('timings').where('workflow_id', '=', workflowId).executeTakeFirstOrThrow();
    expect(timings).toEqual([
      { kind: 'reply', at: expect.any(String), totalMs: 1234, thinkMs: 900, ttsMs: 200 },
      { kind: 'tool', at: expect.any(String), tool: 'look_up_prices', ms: expect.any(Number) },
    ]);
  });
});
