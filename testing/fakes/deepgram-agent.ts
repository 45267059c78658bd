import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export type FakeAgentSession = {
  /** The Settings the bridge sent, and everything after it, in order (audio as byte counts). */
  received: Array<{ type: string; [key: string]: unknown } | { audioBytes: number }>;
  authorization: string | undefined;
  send(message: Record<string, unknown>): void;
  sendAudio(bytes: Buffer): void;
  close(): void;
  /** Resolves with the next message of this type the bridge sends. */
  next(type: string): Promise<Record<string, unknown>>;
};

export type FakeDeepgramAgent = { url: string; sessions: FakeAgentSession[]; nextSession(): Promise<FakeAgentSession>; stop(): Promise<void> };

/**
 * Deepgram's voice-agent WebSocket (/v1/agent/converse) on 127.0.0.1, as far as a test drives it:
 * it greets with Welcome, answers Settings with SettingsApplied, and lets the test speak for the
 * agent (ConversationText, FunctionCallRequest, audio) and read what the bridge sent.
 */
export async function startFakeDeepgramAgent(): Promise<FakeDeepgramAgent> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/v1/agent/converse' });
  const sessions: FakeAgentSession[] = [];
  const waiting: Array<(session: FakeAgentSession) => void> = [];
  let taken = 0;
  server.on('connection', (socket: WebSocket, request) => {
    const listeners: Array<{ type: string; resolve: (m: Record<string, unknown>) => void }> = [];
    const session: FakeAgentSession = {
      received: [],
      authorization: request.headers.authorization,
      send: (message) => socket.send(JSON.stringify(message)),
      sendAudio: (bytes) => socket.send(bytes),
      close: () => socket.close(),
      next: (type) => new Promise((resolve) => listeners.push({ type, resolve })),
    };
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        session.received.push({ audioBytes: (data as Buffer).length });
        return;
      }
      const message = JSON.parse(data.toString()) as { type: string };
      session.received.push(message);
      if (message.type === 'Settings') socket.send(JSON.stringify({ type: 'SettingsApplied' }));
      const index = listeners.findIndex((listener) => listener.type === message.type);
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
