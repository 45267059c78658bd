import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../config/logger.js';
import { createDatabase } from '../../../db/database.js';
import { createApp } from '../../app.js';
import { startApiHarness } from '../../../testing/api-harness.js';
import { jsonOf } from '../../../testing/json-body.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
});
afterAll(() => harness.stop());

describe('GET /health', () => {
  it('reports Postgres and Temporal reachable', async () => {
    const response = await harness.app.request('/health');
    expect(response.status).toBe(200);
    const body = await jsonOf(response);
    expect(body).toMatchObject({ status: 'ok', database: { ok: true }, temporal: { ok: true } });
  });

  it('answers 503 and names the database when Postgres is unreachable', async () => {
    const deadDb = createDatabase({ url: 'postgres://nobody:nothing@127.0.0.1:1/none' });
    const app = createApp({ ...harness.deps, db: deadDb, logger: createLogger({ name: 'test', level: 'silent' }), allowedOrigins: [] });
    const response = await app.request('/health');
    expect(response.status).toBe(503);
    const body = await jsonOf(response);
    expect(body).toMatchObject({ status: 'degraded', database: { ok: false }, temporal: { ok: true } });
    await deadDb.destroy();
  });
});

describe('OpenAPI', () => {
  it('publishes a document with every route and a rendered docs page', async () => {
    const doc = await jsonOf(harness.app.request('/api/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/health', '/api/auth/login', '/api/auth/session', '/api/auth/logout', '/api/auth/organizations']));
    const page = await harness.app.request('/api/docs');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await harness.app.request('/api/nope');
    expect(response.status).toBe(404);
    expect((await jsonOf(response)).error.code).toBe('not_found');
  });
});
