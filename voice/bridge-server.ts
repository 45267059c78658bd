import type { AddressInfo } from 'node:net';
import type { Client } from '@temporalio/client';
import { WebSocketServer } from 'ws';
import type { Logger } from '../config/logger.js';
import { bridgeCall, type AgentSocket } from './call-bridge.js';

export type BridgeServer = { url: string; stop: () => Promise<void> };

/** The WebSocket Twilio streams each call's audio to (`<Connect><Stream url=…/twilio/media>`). */
export async function startBridgeServer(options: { host: string; port: number; temporal: Client; connectAgent: () => Promise<AgentSocket>; logger: Logger }): Promise<BridgeServer> {
  const server = new WebSocketServer({ host: options.host, port: options.port, path: '/twilio/media' });
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
