import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../route-access.js';
import { errorContent, invalidResponse, jsonContent, notFoundResponse } from '../../route-responses.js';
import { callDetailSchema, callListQuerySchema, callListSchema, practiceLineSchema, practiceStartSchema } from './calls.schemas.js';

const idParams = z.object({ id: z.uuid() });

export const listCallsRoute = defineRoute('read_only', {
  method: 'get',
  path: '/api/calls',
  tags: ['calls'],
  summary: 'Calls, newest first; urgent ones nobody has called back are marked',
  request: { query: callListQuerySchema },
  responses: { 200: { description: 'One page of calls', content: jsonContent(callListSchema) }, ...invalidResponse },
});

export const getCallRoute = defineRoute('read_only', {
  method: 'get',
  path: '/api/calls/{id}',
  tags: ['calls'],
  summary: "The call: transcript, what was understood, the workflow's stage and the booking",
  request: { params: idParams },
  responses: { 200: { description: 'The call', content: jsonContent(callDetailSchema) }, ...invalidResponse, ...notFoundResponse('call') },
});

export const logCallBackRoute = defineRoute('staff', {
  method: 'post',
  path: '/api/calls/{id}/page/called-back',
  tags: ['calls'],
  summary: "The family has been called back: the page stops reminding anyone, and the call's urgent call-back task is done",
  request: { params: idParams },
  responses: {
    204: { description: 'Logged' },
    ...invalidResponse,
    404: { description: 'No such call in this organization, or the call paged nobody', content: errorContent },
    409: { description: 'The call back is already logged', content: errorContent },
  },
});

export const callEventsRoute = defineRoute('read_only', {
  method: 'get',
  path: '/api/calls/{id}/events',
  tags: ['calls'],
  summary: 'Server-sent events: a `call` event with the whole call each time it changes, until it has ended',
  request: { params: idParams },
  responses: { 200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } }, ...invalidResponse, ...notFoundResponse('call') },
});

export const startPracticeCallRoute = defineRoute('staff', {
  method: 'post',
  path: '/api/practice-calls',
  tags: ['calls'],
  summary: "Start a simulated call: staff type the caller's side and the agent answers, on the real call workflow",
  request: { body: { required: true, content: jsonContent(practiceStartSchema) } },
  responses: { 201: { description: 'The call has started and the agent has greeted', content: jsonContent(z.object({ callId: z.string() })) }, ...invalidResponse },
});

export const practiceLineRoute = defineRoute('staff', {
  method: 'post',
  path: '/api/practice-calls/{id}/lines',
  tags: ['calls'],
  summary: "Say one caller's line; answers once the agent has replied",
  request: { params: idParams, body: { required: true, content: jsonContent(practiceLineSchema) } },
  responses: {
    200: { description: 'The agent has answered', content: jsonContent(z.object({ ended: z.boolean() })) },
    ...invalidResponse,
    ...notFoundResponse('call'),
    409: { description: 'The practice call has ended', content: errorContent },
  },
});

export const practiceHangUpRoute = defineRoute('staff', {
  method: 'post',
  path: '/api/practice-calls/{id}/hang-up',
  tags: ['calls'],
  summary: 'The caller hangs up',
  request: { params: idParams },
  responses: { 204: { description: 'Ended' }, ...invalidResponse, ...notFoundResponse('call'), 409: { description: 'The practice call has ended', content: errorContent } },
});
