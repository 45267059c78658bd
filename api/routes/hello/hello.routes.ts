import { createRoute, z } from '@hono/zod-openapi';
import { errorBodySchema } from '../../errors.js';

export const helloBodySchema = z.object({}).strict().openapi('HelloRequest');

export const helloResultSchema = z
  .object({ greeting: z.string(), runs: z.number().int(), workflowId: z.string() })
  .openapi('HelloResult');

const errorContent = { 'application/json': { schema: errorBodySchema } };

export const runHello = createRoute({
  method: 'post',
  path: '/api/hello',
  tags: ['system'],
  summary: 'Connection check: runs the HelloTenant workflow for the signed-in organization',
  request: { body: { required: true, content: { 'application/json': { schema: helloBodySchema } } } },
  responses: {
    200: { description: 'The workflow ran', content: { 'application/json': { schema: helloResultSchema } } },
    400: { description: 'Invalid request', content: errorContent },
    401: { description: 'Not signed in', content: errorContent },
    403: { description: 'CSRF token missing or wrong', content: errorContent },
    503: { description: 'Temporal or the worker did not answer in time', content: errorContent },
  },
});
