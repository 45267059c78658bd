import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../route-access.js';
import { errorContent } from '../../route-responses.js';


const ownSessionSchema = z
  .object({
    id: z.string().openapi({ description: 'For ending it; not the cookie, nor anything the cookie can be made from' }),
    organization: z.object({ id: z.string(), name: z.string() }).openapi({ description: 'The organization it acts for' }),
    createdAt: z.string(),
    expiresAt: z.string(),
    current: z.boolean().openapi({ description: 'True for the session making this request' }),
  })
  .openapi('OwnSession');

export const listSessionsRoute = defineRoute('read_only', {
  method: 'get',
  path: '/api/auth/sessions',
  tags: ['sessions'],
  summary: "The signed-in person's live sessions, newest first",
  responses: { 200: { description: 'Their sessions', content: { 'application/json': { schema: z.object({ sessions: z.array(ownSessionSchema) }) } } } },
});

export const revokeSessionRoute = defineRoute('read_only', {
  method: 'delete',
  path: '/api/auth/sessions/{id}',
  tags: ['sessions'],
  summary: 'End one of your sessions (another device); ending the current one signs you out',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    204: { description: 'Ended' },
    400: { description: 'Invalid request', content: errorContent },
    404: { description: 'None of your sessions has this id', content: errorContent },
  },
});
