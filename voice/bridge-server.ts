import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Client } from '@temporalio/client';
import twilio from 'twilio';
import { WebSocketServer } from 'ws';
import type { Logger } from '../config/logger.js';
import { bridgeCall, type AgentSocket } from './call-bridge.js';

export type BridgeServer = { url: string; stop: () => Promise<void> };

/** The apology recorded with the product (voice/phrases/make-phrases.sh); a deployment may record its own. */
export const BUNDLED_AGENT_LOST_AUDIO = new URL('./phrases/agent-lost.ulaw', import.meta.url);

/** The WebSocket Twilio streams each call's audio to (`<Connect><Stream url=…/twilio/media>`). */
export async function startBridgeServer(options: {
  host: string;
  port: number;
  temporal: Client;
  connectAgent: () => Promise<AgentSocket>;
  logger: Logger;
  /** Twilio signs the stream's connection over the public wss:// URL it was given; anything else is refused. */
  twilio: { authToken: string; publicUrl: string };
  /** Raw mu-law 8 kHz file played when the agent is lost mid-call; the bundled recording when unset. */
  agentLostAudioPath?: string;
}): Promise<BridgeServer> {
  const agentLostAudio = readFileSync(options.agentLostAudioPath ?? BUNDLED_AGENT_LOST_AUDIO);
  const server = new WebSocketServer({
    host: options.host,
    port: options.port,
    path: '/twilio/media',
    verifyClient: ({ req }, accept) => {
      const signature = req.headers['x-twilio-signature'];
      const signed = typeof signature === 'string' && twilio.validateRequest(options.twilio.authToken, signature, options.twilio.publicUrl, {});
      if (!signed) options.logger.warn({ address: req.socket.remoteAddress }, 'media stream connection not signed by Twilio; refused');
      accept(signed, 403, 'Not signed by Twilio');
    },
  });
  server.on('connection', (twilio) => {
    void bridgeCall({ twilio, connectAgent: options.connectAgent, temporal: options.temporal, logger: options.logger, agentLostAudio });
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://${options.host}:${port}/twilio/media`,
    stop: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
