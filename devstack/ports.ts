import net from 'node:net';
import { AppError } from '../domain/app-error.js';

/** A port the stack is about to listen on: who uses it and which variable moves it. */
export type PlannedPort = { host: string; port: number; service: string; variable: string };

function isFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * Checks every port before anything starts, so that a busy one is named in a sentence instead of
 * surfacing half-way through as a child process's stack trace.
 */
export async function assertPortsFree(ports: PlannedPort[]): Promise<void> {
  for (const planned of ports) {
    if (await isFree(planned.host, planned.port)) continue;
    throw new AppError(
      'conflict',
      `Port ${planned.port}, which ${planned.service} needs, is already in use by another program; stop that program or set ${planned.variable} to a free port.`,
    );
  }
}
