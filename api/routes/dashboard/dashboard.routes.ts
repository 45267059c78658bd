import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../route-access.js';
import { callSchema, latencySummarySchema } from '../calls/calls.schemas.js';
import { contactSchema } from '../contacts/contacts.schemas.js';
import { taskSchema } from '../tasks/tasks.routes.js';

export const agendaItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    start: z.string(),
    end: z.string(),
    serviceType: z.string().nullable(),
    confirmationCode: z.string().nullable(),
    contactId: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    callId: z.string().nullable(),
  })
  .openapi('AgendaItem');

export const dashboardSchema = z
  .object({
    timeZone: z.string(),
    today: z.string().openapi({ format: 'date' }),
    appointments: z.array(agendaItemSchema),
    calls: z.object({ count: z.number().int(), latest: z.array(callSchema) }),
    urgentWaiting: z.array(callSchema),
    newContacts: z.object({ count: z.number().int(), latest: z.array(contactSchema) }),
    tasksDue: z.array(taskSchema),
    latency: latencySummarySchema.openapi({ description: 'How long callers waited for the agent on live calls that ended in the last 24 hours' }),
  })
  .openapi('Dashboard');

export const getDashboardRoute = defineRoute('read_only', {
  method: 'get',
  path: '/api/dashboard',
  tags: ['dashboard'],
  summary: "Today's appointments, calls since yesterday, urgent calls waiting for a person, new contacts, tasks due",
  responses: { 200: { description: 'The morning view', content: { 'application/json': { schema: dashboardSchema } } } },
});
