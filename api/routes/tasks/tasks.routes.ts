import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../route-access.js';
import { errorContent } from '../../route-responses.js';


export const taskSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['follow_up_call', 'urgent_callback', 'question_callback']),
    title: z.string(),
    dueAt: z.string(),
    status: z.enum(['open', 'done']),
    contactId: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    callId: z.string().nullable(),
    doneAt: z.string().nullable(),
    doneByName: z.string().nullable(),
  })
  .openapi('Task');

export const listTasksRoute = defineRoute('read_only', {
  method: 'get',
  path: '/api/tasks',
  tags: ['tasks'],
  summary: 'Tasks the calls created (call-backs, follow-ups), soonest due first',
  request: { query: z.object({ status: z.enum(['open', 'done']).default('open'), limit: z.coerce.number().int().min(1).max(200).default(50) }) },
  responses: {
    200: { description: 'Tasks', content: { 'application/json': { schema: z.object({ items: z.array(taskSchema) }) } } },
    400: { description: 'Invalid request', content: errorContent },
  },
});

export const completeTaskRoute = defineRoute('staff', {
  method: 'post',
  path: '/api/tasks/{id}/done',
  tags: ['tasks'],
  summary: 'Mark a task done (for an urgent call: someone has called the family back)',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    204: { description: 'Done' },
    400: { description: 'Invalid request', content: errorContent },
    404: { description: 'No such task in this organization', content: errorContent },
  },
});
