import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { agent } from '@deepgram/sdk';
import type { WebSocket } from 'ws';
import type { Logger } from '../config/logger.js';
import { IRREVERSIBLE_TOOLS, type AgentToolName } from '../domain/call/agent-tools.js';
import { secondsToMs, type CallTiming } from '../domain/call/call-timing.js';
import { agentLostSignal, hangUpSignal, timingSignal, turnSignal } from '../workflows/call-messages.js';
import { agentSettings } from './agent-settings.js';

/** What the bridge uses of the Deepgram SDK's agent socket (the real one, or a test's stand-in). */
export type AgentSocket = {
  on(event: 'message', listener: (message: unknown) => void): void;
  on(event: 'close', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  sendSettings(message: agent.AgentV1Settings): void;
  sendMedia(audio: ArrayBufferView): void;
  sendFunctionCallResponse(message: agent.AgentV1SendFunctionCallResponse): void;
  sendKeepAlive(message: agent.AgentV1KeepAlive): void;
  close(): void;
};

type TwilioEvent =
  | { event: 'connected' }
  | { event: 'start'; streamSid: string; start: { callSid: string; customParameters?: Record<string, string> } }
  | { event: 'media'; media: { payload: string } }
  | { event: 'mark'; mark?: { name?: string } }
  | { event: 'dtmf' }
  | { event: 'stop' };

const KEEP_ALIVE_MS = 5_000;
const AGENT_LOST_MARK = 'agent-lost';
/**
 * A tool that cannot be undone (a booking, a transfer, hanging up) waits this long before it is
 * carried out, so that a cancellation the agent sends right behind it (the caller spoke again)
 * stops it; once carried out, a cancellation only silences the answer.
 */
const CANCEL_GRACE_MS = 250;
/** Twilio plays mu-law at 8,000 bytes a second; the phrase is sent in one-second pieces. */
const MULAW_BYTES_PER_SECOND = 8_000;

/**
 * One call's audio between Twilio's media stream and Deepgram's voice agent. Audio waits until the
 * agent has applied its settings; what is said becomes the workflow's turns; the agent's function
 * calls are the workflow's updates, answered with their results (or the refusal, for the model to
 * act on); the caller starting to speak clears what the agent was saying (barge-in). How long each
 * reply and tool took is told to the workflow. The stream's end tells the workflow the line is gone;
 * losing the agent mid-call plays the caller a recorded apology that a person will call back, and
 * tells the workflow, which leaves that call-back on the task list.
 */
export function bridgeCall(options: {
  twilio: WebSocket;
  connectAgent: () => Promise<AgentSocket>;
  temporal: Client;
  logger: Logger;
  /** Mu-law 8 kHz audio played to the caller when the agent is lost. */
  agentLostAudio: Buffer;
  keepAliveMs?: number;
}): Promise<void> {
  const { twilio, temporal } = options;
  let streamSid: string | null = null;
  let workflowId: string | null = null;
  let agentSocket: AgentSocket | null = null;
  let settingsApplied = false;
  let keepAlive: NodeJS.Timeout | null = null;
  const queued: Buffer[] = [];
  const cancelled = new Set<string>();
  let finished = false;
  let agentLost = false;
  let markPlayed: (() => void) | null = null;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const log = (fields: Record<string, unknown>, message: string) => options.logger.info({ workflowId, ...fields }, message);

  const toTwilio = (message: Record<string, unknown>) => {
    if (twilio.readyState === twilio.OPEN) twilio.send(JSON.stringify({ ...message, streamSid }));
  };

  /** Tells the call's workflow something; a call that has already closed needs telling nothing. */
  async function tellWorkflow(what: string, send: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<void>): Promise<void> {
    if (!workflowId) return;
    await send(temporal.workflow.getHandle(workflowId)).catch((error: unknown) => {
      if (!(error instanceof WorkflowNotFoundError)) options.logger.warn({ err: error, workflowId }, `could not tell the call ${what}`);
    });
  }

  const timed = (timing: CallTiming) => void tellWorkflow('a timing', (handle) => handle.signal(timingSignal, timing));

  /**
   * The agent is gone while the caller is still on the line: the workflow is told first (so the
   * call-back is owed even if the caller hangs up now), then the caller hears the apology to its end.
   */
  async function loseAgent(reason: string): Promise<void> {
    if (finished || agentLost) return;
    agentLost = true;
    // The agent's socket is closed: nothing more may be sent on it (audio, keep-alives) while the apology plays.
    if (keepAlive) clearInterval(keepAlive);
    keepAlive = null;
    agentSocket = null;
    options.logger.error({ workflowId, reason, alert: 'voice_agent_lost' }, 'voice agent lost mid-call; the caller is told a person will call back');
    await tellWorkflow('the agent was lost', (handle) => handle.signal(agentLostSignal));
    if (streamSid && twilio.readyState === twilio.OPEN) {
      const played = new Promise<void>((resolve) => (markPlayed = resolve));
      toTwilio({ event: 'clear' });
      for (let at = 0; at < options.agentLostAudio.length; at += MULAW_BYTES_PER_SECOND) {
        toTwilio({ event: 'media', media: { payload: options.agentLostAudio.subarray(at, at + MULAW_BYTES_PER_SECOND).toString('base64') } });
      }
      toTwilio({ event: 'mark', mark: { name: AGENT_LOST_MARK } });
      const longest = (options.agentLostAudio.length / MULAW_BYTES_PER_SECOND) * 1000 + 3_000;
      await Promise.race([played, new Promise((resolve) => setTimeout(resolve, longest))]);
    }
    await finish(reason);
  }

  async function finish(reason: string): Promise<void> {
    if (finished) return;
    finished = true;
    if (keepAlive) clearInterval(keepAlive);
    agentSocket?.close();
    if (twilio.readyState === twilio.OPEN) twilio.close();
    log({ reason }, 'call bridge closed');
    await tellWorkflow('the line is gone', (handle) => handle.signal(hangUpSignal));
    resolveDone();
  }

  async function answerFunctionCalls(request: agent.AgentV1FunctionCallRequest): Promise<void> {
    for (const call of request.functions.filter((f) => f.client_side)) {
      let content: string;
      const started = performance.now();
      if (IRREVERSIBLE_TOOLS.has(call.name as AgentToolName)) await new Promise((resolve) => setTimeout(resolve, CANCEL_GRACE_MS));
      if (cancelled.has(call.id)) {
        log({ tool: call.name }, 'function call cancelled before it was carried out');
        continue;
      }
      try {
        const args = call.arguments ? JSON.parse(call.arguments) : {};
        content = JSON.stringify(await temporal.workflow.getHandle(workflowId!).executeUpdate(call.name, { args: [args] }));
      } catch (error) {
        // The model reads the refusal ("that time was just taken") and says it in its own words.
        const cause = (error as { cause?: { message?: string } }).cause;
        content = JSON.stringify({ error: cause?.message ?? (error as Error).message });
      }
      if (cancelled.has(call.id)) continue;
      agentSocket?.sendFunctionCallResponse({ type: 'FunctionCallResponse', id: call.id, name: call.name, content });
      const ms = Math.round(performance.now() - started);
      log({ tool: call.name, ms }, 'function call answered');
      timed({ kind: 'tool', at: new Date().toISOString(), tool: call.name, ms });
    }
  }

  async function fromAgent(message: unknown): Promise<void> {
    if (message instanceof Blob || Buffer.isBuffer(message) || message instanceof ArrayBuffer) {
      const audio = message instanceof Blob ? Buffer.from(await message.arrayBuffer()) : Buffer.from(message as ArrayBuffer);
      toTwilio({ event: 'media', media: { payload: audio.toString('base64') } });
      return;
    }
    const event = (typeof message === 'string' ? JSON.parse(message) : message) as { type?: string };
    switch (event.type) {
      case 'SettingsApplied':
        settingsApplied = true;
        for (const chunk of queued.splice(0)) agentSocket?.sendMedia(chunk);
        return;
      case 'ConversationText': {
        const text = event as agent.AgentV1ConversationText;
        await temporal.workflow.getHandle(workflowId!).signal(turnSignal, { role: text.role === 'user' ? 'caller' : 'agent', text: text.content });
        return;
      }
      case 'UserStartedSpeaking':
        toTwilio({ event: 'clear' });
        return;
      case 'AgentStartedSpeaking': {
        const spoke = event as agent.AgentV1AgentStartedSpeaking;
        timed({ kind: 'reply', at: new Date().toISOString(), totalMs: secondsToMs(spoke.total_latency), thinkMs: secondsToMs(spoke.ttt_latency), ttsMs: secondsToMs(spoke.tts_latency) });
        return;
      }
      case 'FunctionCallRequest':
        await answerFunctionCalls(event as agent.AgentV1FunctionCallRequest);
        return;
      case 'FunctionCallCancelled':
        for (const f of (event as agent.AgentV1FunctionCallCancelled).functions) cancelled.add(f.id);
        return;
      case 'Error':
        options.logger.warn({ workflowId, event }, 'voice agent error');
        return;
    }
  }

  async function start(event: Extract<TwilioEvent, { event: 'start' }>): Promise<void> {
    streamSid = event.streamSid;
    const parameters = event.start.customParameters ?? {};
    workflowId = parameters.workflowId ?? `call-${event.start.callSid}`;
    agentSocket = await options.connectAgent();
    agentSocket.on('message', (message) => void fromAgent(message).catch((error: unknown) => options.logger.warn({ err: error, workflowId }, 'agent message not handled')));
    agentSocket.on('close', () => void loseAgent('agent closed'));
    agentSocket.on('error', (error) => options.logger.warn({ err: error, workflowId }, 'voice agent socket error'));
    agentSocket.sendSettings(agentSettings({ organizationName: parameters.organizationName ?? 'the funeral home', greeting: parameters.greeting ?? 'Hello, how can I help you?' }));
    keepAlive = setInterval(() => agentSocket?.sendKeepAlive({ type: 'KeepAlive' }), options.keepAliveMs ?? KEEP_ALIVE_MS);
    log({ streamSid }, 'call bridge started');
  }

  twilio.on('message', (data) => {
    let event: TwilioEvent;
    try {
      event = JSON.parse(data.toString()) as TwilioEvent;
    } catch {
      return;
    }
    if (event.event === 'start') void start(event).catch((error: unknown) => {
      options.logger.error({ err: error, workflowId }, 'could not reach the voice agent');
      void loseAgent('agent unreachable');
    });
    else if (event.event === 'media') {
      const audio = Buffer.from(event.media.payload, 'base64');
      if (settingsApplied && agentSocket) agentSocket.sendMedia(audio);
      else if (!agentLost) queued.push(audio);
    } else if (event.event === 'mark' && event.mark?.name === AGENT_LOST_MARK) markPlayed?.();
    else if (event.event === 'stop') void finish('stream stopped');
  });
  twilio.on('close', () => void finish('twilio closed'));
  return done;
}
