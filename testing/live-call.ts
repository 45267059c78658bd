import { randomBytes } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect } from 'vitest';
import { startBridgeServer, type BridgeServer } from '../voice/bridge-server.js';
import { deepgramAgentConnector } from '../voice/deepgram-agent.js';
import { callStateQuery } from '../workflows/call-messages.js';
import type { CallWorkflow } from '../workflows/call-workflow.js';
import { startFakeDeepgramAgent, type FakeAgentSession, type FakeDeepgramAgent } from './fakes/deepgram-agent.js';
import { startFakeTwilioApi, type FakeTwilioApi } from './fakes/twilio-api.js';
import { startApiHarness, TEST_TWILIO_AUTH_TOKEN, TEST_VOICE_BRIDGE_URL } from './api-harness.js';
import { openTwilioMediaStream, streamOfTwiml, type TwilioMediaStream } from './twilio-media-stream.js';
import { organizationWithNumber, postAsTwilio } from './twilio-webhook.js';

/** Where the organization's texts come from, as Twilio shows them. */
const SENDING_NUMBER = '+13125550100';

export type LiveCallStack = {
  harness: Awaited<ReturnType<typeof startApiHarness>>;
  agent: FakeDeepgramAgent;
  twilioApi: FakeTwilioApi;
  /** The voice bridge in this process (a test of the bridge's own process starts that beside it). */
  bridge: BridgeServer;
  stop(): Promise<void>;
};

/**
 * What a live call runs on: the API with Twilio's webhooks, a worker whose texts go through
 * Twilio's Messages API (the fake's, which keeps them), Deepgram's voice agent (the fake's, which
 * the test speaks for), and the voice bridge between them, admitting the streams Twilio signs for
 * the address the API's TwiML names.
 */
export async function startLiveCallStack(): Promise<LiveCallStack> {
  const twilioApi = await startFakeTwilioApi();
  const harness = await startApiHarness({
    twilio: { accountSid: twilioApi.accountSid, authToken: twilioApi.authToken, messagingServiceSid: null, fromNumber: SENDING_NUMBER, apiBase: twilioApi.baseUrl, statusCallbackUrl: null },
  });
  const agent = await startFakeDeepgramAgent();
  const bridge = await startBridgeServer({
    host: '127.0.0.1',
    port: 0,
    temporal: harness.temporal,
    connectAgent: deepgramAgentConnector({ apiKey: 'dg-live-call-key', agentUrl: agent.url }),
    logger: harness.logger,
    twilio: { authToken: TEST_TWILIO_AUTH_TOKEN, publicUrl: TEST_VOICE_BRIDGE_URL },
  });
  return {
    harness,
    agent,
    twilioApi,
    bridge,
    async stop() {
      await bridge.stop();
      await agent.stop();
      await harness.stop();
      await twilioApi.stop();
    },
  };
}

/** The stack for a test file's tests: started before the first, stopped after the last. */
export function liveCallStackForTests(): LiveCallStack {
  const stack = {} as LiveCallStack;
  beforeAll(async () => {
    Object.assign(stack, await startLiveCallStack());
  });
  afterAll(() => stack.stop?.());
  return stack;
}

export type LiveCall = {
  tenantId: string;
  /** The organization's number the family rang. */
  number: string;
  callSid: string;
  callerPhone: string;
  /** The TwiML the API answered Twilio's webhook with. */
  twiml: string;
  stream: TwilioMediaStream;
  /** The bridge's connection to the voice agent, Settings already received. */
  session: FakeAgentSession;
  settings: Record<string, unknown>;
  handle: WorkflowHandle<typeof CallWorkflow>;
};

/**
 * A family rings the organization's number: Twilio posts its signed webhook, reads the TwiML, and
 * opens the media stream it names to the bridge at `bridgeUrl` (the stack's unless given; signed
 * over the TwiML's public address), with the TwiML's parameters; the bridge connects the agent
 * and configures it.
 */
export async function ringAndConnect(stack: LiveCallStack, options: { bridgeUrl?: string; callerPhone?: string } = {}): Promise<LiveCall> {
  const { tenantId, number } = await organizationWithNumber(stack.harness.db);
  const callSid = `CA${randomBytes(16).toString('hex')}`;
  const callerPhone = options.callerPhone ?? `+1773555${String(1000 + Math.floor(Math.random() * 9000))}`;
  const answered = await postAsTwilio(stack.harness.app, '/twilio/voice', { AccountSid: 'ACtest', CallSid: callSid, From: callerPhone, To: number, CallStatus: 'ringing', Direction: 'inbound' });
  if (answered.response.status !== 200) throw new Error(`the voice webhook answered ${answered.response.status}: ${answered.text}`);
  const twiml = streamOfTwiml(answered.text);
  const stream = await openTwilioMediaStream({ url: options.bridgeUrl ?? stack.bridge.url, authToken: TEST_TWILIO_AUTH_TOKEN, signedUrl: twiml.url });
  const sessionReady = stack.agent.nextSession();
  stream.begin({ callSid, customParameters: twiml.parameters });
  const session = await sessionReady;
  const settings = await session.next('Settings');
  return { tenantId, number, callSid, callerPhone, twiml: answered.text, stream, session, settings, handle: stack.harness.temporal.workflow.getHandle<typeof CallWorkflow>(`call-${callSid}`) };
}

let functionCallIds = 0;
const nextFunctionCallId = () => `fc-${++functionCallIds}`;

/** Sends the agent's FunctionCallRequest for a client-side tool, and returns its id. */
export function requestFunction(session: FakeAgentSession, name: string, args: Record<string, unknown>, id = nextFunctionCallId()): string {
  session.send({ type: 'FunctionCallRequest', functions: [{ id, name, arguments: JSON.stringify(args), client_side: true }] });
  return id;
}

/** The agent calls a tool as a model does, and reads the bridge's FunctionCallResponse for it. */
export async function callFunction<T = Record<string, unknown>>(session: FakeAgentSession, name: string, args: Record<string, unknown>): Promise<T> {
  const id = nextFunctionCallId();
  const answered = session.next('FunctionCallResponse', (message) => message.id === id);
  requestFunction(session, name, args, id);
  const response = (await answered) as { name: string; content: string };
  expect(response.name).toBe(name);
  return JSON.parse(response.content) as T;
}

/** The ids of the function calls the bridge answered on this session. */
export const answeredFunctionCalls = (session: FakeAgentSession) =>
  session.received.filter((message): message is { type: string; id: string } => 'type' in message && message.type === 'FunctionCallResponse').map((message) => message.id);

/** The agent heard the caller say `text`; resolves once the call's workflow has the turn. */
export async function callerSaid(call: LiveCall, text: string): Promise<void> {
  call.session.send({ type: 'ConversationText', role: 'user', content: text });
  // A model thinks before it calls a tool; the test waits for the turn instead of racing it.
  await expect.poll(async () => (await call.handle.query(callStateQuery)).turns.map((turn) => turn.text), { timeout: 15_000 }).toContain(text);
}

/** Twilio's signed report that the call is over, as it posts it to the status callback. */
export async function reportCallCompleted(stack: LiveCallStack, call: LiveCall, seconds: number): Promise<void> {
  const { response } = await postAsTwilio(stack.harness.app, '/twilio/voice-status', { AccountSid: 'ACtest', CallSid: call.callSid, To: call.number, From: call.callerPhone, CallStatus: 'completed', CallDuration: String(seconds) });
  expect(response.status).toBe(204);
}

/** The call's appointments on the organization's calendar (every one, whatever its status). */
export const appointmentsOf = (stack: LiveCallStack, call: LiveCall) =>
  stack.harness.db
    .selectFrom('calendar_events')
    .select(['status', 'confirmation_code', 'service_type', 'workflow_id'])
    .where('tenant_id', '=', call.tenantId)
    .where('kind', '=', 'appointment')
    .execute();

/** What Twilio was asked to text the caller. */
export const textsTo = (stack: LiveCallStack, phone: string) => stack.twilioApi.messages.filter((message) => message.to === phone);

/** Resolves once the call's workflow has closed, with how it closed. */
export async function workflowClosed(call: LiveCall): Promise<string> {
  await expect.poll(async () => (await call.handle.describe()).status.name, { timeout: 20_000 }).not.toBe('RUNNING');
  return (await call.handle.describe()).status.name;
}

/** Resolves once the call's workflow has received the bridge's or Twilio's word that the line is gone. */
export async function hangUpReached(call: LiveCall): Promise<void> {
  await expect
    .poll(async () => (await call.handle.fetchHistory()).events?.some((event) => event.workflowExecutionSignaledEventAttributes?.signalName === 'hang_up'), { timeout: 15_000 })
    .toBe(true);
}

/**
 * Holds every booking still: a lock on the confirmation counters, which a booking takes inside its
 * transaction, held until `release`. `blocked` resolves once a booking is waiting on it.
 */
export async function holdBookings(stack: LiveCallStack): Promise<{ blocked: () => Promise<void>; release: () => Promise<void> }> {
  const { db } = stack.harness;
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked: () => void = () => {};
  const lockTaken = new Promise<void>((resolve) => (locked = resolve));
  const holding = db.transaction().execute(async (tx) => {
    await sql`LOCK TABLE confirmation_counters IN EXCLUSIVE MODE`.execute(tx);
    locked();
    await released;
  });
  await Promise.race([lockTaken, holding]);
  return {
    blocked: async () => {
      const waiting = async () =>
        (await sql<{ waiting: number }>`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(db)).rows[0]!.waiting;
      await expect.poll(waiting, { timeout: 15_000 }).toBeGreaterThan(0);
    },
    release: async () => {
      release();
      await holding;
    },
  };
}
