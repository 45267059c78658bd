import { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import { getHealth } from './health.routes.js';

const PROBE_TIMEOUT_MS = 2000;

async function probe(check: () => Promise<unknown>) {
  const started = performance.now();
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS).unref()),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  }
}

export function healthRoutes(deps: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(getHealth, async (c) => {
    const [database, temporal] = await Promise.all([
      probe(() => sql`SELECT 1`.execute(deps.db)),
      probe(() => deps.temporal.workflowService.getSystemInfo({})),
    ]);
    const ok = database.ok && temporal.ok;
    return c.json({ status: ok ? ('ok' as const) : ('degraded' as const), database, temporal }, ok ? 200 : 503);
  });
}
