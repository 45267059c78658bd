import type { AddressInfo } from 'node:net';
import type { Client } from '@temporalio/client';
import twilio from 'twilio';
import { WebSocketServer } from 'ws';
import type { Logger } from '../config/logger.js';
import { bridgeCall, type AgentSocket } from './call-bridge.js';

export type BridgeServer = { url: string; stop: () => Promise<void> };

/** The WebSocket Twilio streams each call's audio to (`<Connect><Stream url=…/twilio/media>`). */
export async function startBridgeServer(options: {
  host: string;
  port: number;
  temporal: Client;
  connectAgent: () => Promise<AgentSocket>;
  logger: Logger;
  /** Twilio signs the stream's connection over the public wss:// URL it was given; anything else is refused. */
  twilio: { authToken: string; publicUrl: string };
}): Promise<BridgeServer> {
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
    void bridgeCall({ twilio, connectAgent: options.connectAgent, temporal: options.temporal, logger: options.logger });
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
