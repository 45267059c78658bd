import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../route-access.js';
import { errorContent, invalidResponse, jsonContent, notFoundResponse } from '../../route-responses.js';
import {
  contactDetailSchema,
  contactInputSchema,
  contactListQuerySchema,
  contactListSchema,
  contactSchema,
  interactionBodySchema,
  mergeBodySchema,
} from './contacts.schemas.js';

const idParams = z.object({ id: z.uuid() });

export const listContactsRoute = defineRoute('read_only', {
  method: 'get',
  path: '/api/contacts',
  tags: ['contacts'],
  summary: 'Contacts, newest first, with typo-tolerant search, filters and pages',
  request: { query: contactListQuerySchema },
  responses: { 200: { description: 'One page of contacts', content: jsonContent(contactListSchema) }, ...invalidResponse },
});

export const createContactRoute = defineRoute('staff', {
  method: 'post',
  path: '/api/contacts',
  tags: ['contacts'],
  summary: 'Add a contact by hand',
  request: { body: { required: true, content: jsonContent(contactInputSchema) } },
  responses: {
    201: { description: 'Created', content: jsonContent(contactSchema) },
    ...invalidResponse,
    409: { description: 'Another contact has this email', content: errorContent },
  },
});

export const getContactRoute = defineRoute('read_only', {
  method: 'get',
  path: '/api/contacts/{id}',
  tags: ['contacts'],
  summary: 'The whole record, its timeline (newest first) and possible duplicates',
  request: { params: idParams },
  responses: { 200: { description: 'The contact', content: jsonContent(contactDetailSchema) }, ...invalidResponse, ...notFoundResponse('contact') },
});

export const updateContactRoute = defineRoute('staff', {
  method: 'patch',
  path: '/api/contacts/{id}',
  tags: ['contacts'],
  summary: 'Change some fields; each one changed is marked as typed by staff, so calls leave it alone',
  request: { params: idParams, body: { required: true, content: jsonContent(contactInputSchema) } },
  responses: {
    200: { description: 'Updated', content: jsonContent(contactSchema) },
    ...invalidResponse,
    ...notFoundResponse('contact'),
    409: { description: 'Another contact has this email', content: errorContent },
  },
});

export const mergeContactRoute = defineRoute('staff', {
  method: 'post',
  path: '/api/contacts/{id}/merge',
  tags: ['contacts'],
  summary: 'Fold another contact into this one, keeping every call, interaction and appointment',
  request: { params: idParams, body: { required: true, content: jsonContent(mergeBodySchema) } },
  responses: { 200: { description: 'The contact that remains', content: jsonContent(contactSchema) }, ...invalidResponse, ...notFoundResponse('contact') },
});

export const addInteractionRoute = defineRoute('staff', {
  method: 'post',
  path: '/api/contacts/{id}/interactions',
  tags: ['contacts'],
  summary: 'Log a note, meeting, email, text or call on the timeline',
  request: { params: idParams, body: { required: true, content: jsonContent(interactionBodySchema) } },
  responses: { 204: { description: 'Logged' }, ...invalidResponse, ...notFoundResponse('contact') },
});
