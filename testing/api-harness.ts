import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { inject } from 'vitest';
import { createLogger } from '../config/logger.js';
import { createApp } from '../api/app.js';
import { createCallWorker } from '../workers/create-worker.js';
import { createTestDatabase } from './database.js';

// Worker lifecycle chatter drowns test output; warnings still show.
Runtime.install({ logger: new DefaultLogger('WARN') });

export const TEST_ORIGIN = 'http://127.0.0.1:5173';

/**
 * The API wired to real parts: its own copy of the migrated database, the run's Temporal server,
 * and a worker on a task queue of its own running the real workflows and activities.
 */
export async function startApiHarness(options: { worker?: boolean } = {}) {
  const logger = createLogger({ name: 'test', level: 'silent' });
  const database = await createTestDatabase();
  const address = inject('temporalAddress');
  const connection = await Connection.connect({ address });
  const temporal = new Client({ connection, namespace: 'default' });
  const taskQueue = `test-${randomBytes(4).toString('hex')}`;
  const running = options.worker === false
    ? null
    : await createCallWorker({
        address,
        namespace: 'default',
        taskQueue,
        deps: { db: database.db },
        logger,
        workflowBundle: { code: inject('workflowBundleCode') },
      });
  const workerRun = running?.worker.run();
  const app = createApp({
    db: database.db,
    temporal,
    logger,
    taskQueue,
    allowedOrigins: [TEST_ORIGIN],
    sessionTtlHours: 1,
    cookieSecure: false,
  });
  return {
    app,
    db: database.db,
    temporal,
    taskQueue,
    async stop() {
      running?.worker.shutdown();
      await workerRun;
      await running?.connection.close();
      await connection.close();
      await database.drop();
    },
  };
}

/** Signs in through the real login route and returns what a browser would hold. */
export async function signIn(app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> }, email: string, password: string) {
  const response = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign in failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const body = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken: body.csrfToken };
}
