import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export type FakeAgentSession = {
  /** The Settings the bridge sent, and everything after it, in order (audio as byte counts). */
  received: Array<{ type: string; [key: string]: unknown } | { audioBytes: number }>;
  /** The audio the bridge sent, its bytes joined in order: what the agent would have heard. */
  audio(): Buffer;
  authorization: string | undefined;
  send(message: Record<string, unknown>): void;
  sendAudio(bytes: Buffer): void;
  close(): void;
  /** Resolves with the next message of this type the bridge sends (and, given `where`, that matches it). */
  next(type: string, where?: (message: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  /** Resolves once the bridge has closed its connection to the agent. */
  closed: Promise<void>;
};

export type FakeDeepgramAgent = { url: string; sessions: FakeAgentSession[]; nextSession(): Promise<FakeAgentSession>; stop(): Promise<void> };

export type FakeDeepgramAgentOptions = {
  /** Called first thing as each binary (audio) message arrives, before it is recorded: a bench's timestamp. */
  onAudio?: (audio: Buffer, session: FakeAgentSession) => void;
};

/**
 * Deepgram's voice-agent WebSocket (/v1/agent/converse) on 127.0.0.1, as far as a test drives it:
 * it greets with Welcome, answers Settings with SettingsApplied, and lets the test speak for the
 * agent (ConversationText, FunctionCallRequest, audio) and read what the bridge sent.
 */
export async function startFakeDeepgramAgent(options: FakeDeepgramAgentOptions = {}): Promise<FakeDeepgramAgent> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/v1/agent/converse' });
  const sessions: FakeAgentSession[] = [];
  const waiting: Array<(session: FakeAgentSession) => void> = [];
  let taken = 0;
  server.on('connection', (socket: WebSocket, request) => {
    const listeners: Array<{ type: string; where: (m: Record<string, unknown>) => boolean; resolve: (m: Record<string, unknown>) => void }> = [];
    const audio: Buffer[] = [];
    const session: FakeAgentSession = {
      received: [],
      audio: () => Buffer.concat(audio),
      authorization: request.headers.authorization,
      send: (message) => socket.send(JSON.stringify(message)),
      sendAudio: (bytes) => socket.send(bytes),
      close: () => socket.close(),
      next: (type, where = () => true) => new Promise((resolve) => listeners.push({ type, where, resolve })),
      closed: new Promise((resolve) => socket.once('close', () => resolve())),
    };
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        options.onAudio?.(data as Buffer, session);
        session.received.push({ audioBytes: (data as Buffer).length });
        audio.push(Buffer.from(data as Buffer));
        return;
      }
      const message = JSON.parse(data.toString()) as { type: string; [key: string]: unknown };
      session.received.push(message);
      if (message.type === 'Settings') socket.send(JSON.stringify({ type: 'SettingsApplied' }));
      const index = listeners.findIndex((listener) => listener.type === message.type && listener.where(message));
      if (index >= 0) listeners.splice(index, 1)[0]!.resolve(message);
    });
    socket.send(JSON.stringify({ type: 'Welcome', request_id: 'fake' }));
    sessions.push(session);
    const waiter = waiting.shift();
    if (waiter) {
      taken += 1;
      waiter(session);
    }
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    sessions,
    nextSession: () => {
      const ready = sessions[taken];
      if (ready) {
        taken += 1;
        return Promise.resolve(ready);
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    stop: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
