import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../route-access.js';

const dependencySchema = z.object({ ok: z.boolean(), latencyMs: z.number(), error: z.string().optional() });

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: dependencySchema,
    temporal: dependencySchema,
  })
  .openapi('Health');

export const getHealth = defineRoute('public', {
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Whether the API can reach Postgres and Temporal',
  responses: {
    200: { description: 'Everything reachable', content: { 'application/json': { schema: healthSchema } } },
    503: { description: 'A dependency is unreachable', content: { 'application/json': { schema: healthSchema } } },
  },
});
