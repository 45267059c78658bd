import { createApp } from '../api/app.js';
import { startWorkerHarness } from './worker-harness.js';

export const TEST_ORIGIN = 'http://127.0.0.1:5173';

/**
 * The API wired to real parts: its own copy of the migrated database, the run's Temporal server,
 * and a worker on a task queue of its own running the real workflows and activities.
 */
export async function startApiHarness(options: { worker?: boolean } = {}) {
  const harness = await startWorkerHarness(options);
  const app = createApp({
    db: harness.db,
    temporal: harness.temporal,
    logger: harness.logger,
    taskQueue: harness.taskQueue,
    allowedOrigins: [TEST_ORIGIN],
    sessionTtlHours: 1,
    cookieSecure: false,
  });
  return { ...harness, app };
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
