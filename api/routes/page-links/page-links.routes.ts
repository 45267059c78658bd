import { z } from '@hono/zod-openapi';
import { PAGE_TOKEN_SHAPE } from '../../operations/session-token.js';
import { defineRoute } from '../../route-access.js';
import { errorContent, jsonContent } from '../../route-responses.js';
import { callKindSchema, firstCallSchema, pageStatusSchema } from '../calls/calls.schemas.js';

/** The token of a texted page link; a half-copied one is refused before anything is looked up. */
const pageTokenParams = z.object({ token: z.string().regex(PAGE_TOKEN_SHAPE, 'is not a whole link: check that you opened all of it') });

const personSchema = z.object({ name: z.string(), phone: z.string() });

export const pageLinkSchema = z
  .object({
    organization: z.object({ name: z.string(), timeZone: z.string() }),
    kind: callKindSchema.nullable(),
    firstCall: firstCallSchema.nullable(),
    caller: z.object({ name: z.string().nullable(), phone: z.string().nullable(), relationship: z.string().nullable() }),
    deceasedName: z.string().nullable(),
    callbackDueAt: z.string().openapi({ description: 'When the family was promised a call back by' }),
    page: z.object({ status: pageStatusSchema, owner: personSchema.nullable().openapi({ description: 'Who has taken the page' }) }),
    sentTo: z.object({ name: z.string() }).openapi({ description: 'The person this link was texted to' }),
    yours: z.boolean().openapi({ description: 'The person this link was sent to has the page' }),
    callBackLate: z.boolean().openapi({ description: 'The link came with a text saying the promised call back is late' }),
  })
  .openapi('PageLink');

export const pageOwnerSchema = z
  .object({ owner: personSchema, yours: z.boolean().openapi({ description: 'False: someone else took it first' }) })
  .openapi('PageOwner');

const refusals = {
  400: { description: 'Not a whole link', content: errorContent },
  404: { description: 'Not a link we sent', content: errorContent },
  409: { description: 'The page is closed: the family has been called back, or the page has ended', content: errorContent },
} as const;

export const openPageLinkRoute = defineRoute('public', {
  method: 'get',
  path: '/api/page-links/{token}',
  tags: ['page links'],
  summary: 'What the director paged reads: the first-call sheet, whom to call back and by when, and who has the page',
  request: { params: pageTokenParams },
  responses: { 200: { description: 'The page', content: jsonContent(pageLinkSchema) }, ...refusals },
});

export const acknowledgePageLinkRoute = defineRoute('public', {
  method: 'post',
  path: '/api/page-links/{token}/acknowledge',
  tags: ['page links'],
  summary: "\"I'm on it\": the person this link was sent to takes the page, unless someone took it first",
  request: { params: pageTokenParams },
  responses: {
    200: { description: 'Who has the page', content: jsonContent(pageOwnerSchema) },
    ...refusals,
    503: { description: 'The paging service did not answer in time', content: errorContent },
  },
});

export const calledBackFromLinkRoute = defineRoute('public', {
  method: 'post',
  path: '/api/page-links/{token}/called-back',
  tags: ['page links'],
  summary: 'The family has been called back, logged by the person this link was sent to',
  request: { params: pageTokenParams },
  responses: { 204: { description: 'Logged' }, ...refusals, 503: { description: 'The paging service did not answer in time', content: errorContent } },
});
