import { DeepgramClient, DeepgramEnvironment } from '@deepgram/sdk';
import type { AgentSocket } from './call-bridge.js';

/**
 * Opens a voice-agent connection per call through the Deepgram SDK. Reconnection is off: a new
 * socket would not have the call's settings, and a call that lost its agent is better ended and
 * called back than continued by an agent that knows nothing of it.
 */
export function deepgramAgentConnector(config: { apiKey: string; agentUrl: string | null }): () => Promise<AgentSocket> {
  const client = new DeepgramClient({
    apiKey: config.apiKey,
    ...(config.agentUrl ? { environment: { ...DeepgramEnvironment.Production, agent: config.agentUrl } } : {}),
  });
  return async () => {
    const socket = await client.agent.v1.connect({ reconnectAttempts: 0 });
    // The SDK makes the socket closed; connect() opens it.
    socket.connect();
    await socket.waitForOpen();
    return socket as unknown as AgentSocket;
  };
}
