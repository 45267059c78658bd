import { z } from '@hono/zod-openapi';
import { roleSchema } from '../../../domain/team/roles.js';
import { defineRoute } from '../../route-access.js';
import { errorContent } from '../../route-responses.js';
import { billingNoticeSchema } from '../billing/billing.schemas.js';

export const loginBodySchema = z
  .object({
    email: z.email().max(320).openapi({ example: 'owner@demo.funeral' }),
    password: z.string().min(1).max(1024),
  })
  .strict()
  .openapi('LoginRequest');

export const sessionSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    organization: z.object({ id: z.string(), name: z.string(), slug: z.string(), timeZone: z.string().openapi({ description: 'Every time on the staff pages is shown in it' }) }),
    role: roleSchema,
    csrfToken: z.string().openapi({ description: 'Send back in the x-csrf-token header of every state-changing request' }),
  })
  .openapi('Session');

const currentSessionSchema = sessionSchema.extend({ billing: billingNoticeSchema }).openapi('CurrentSession');

const memberOrganizationSchema = z.object({ id: z.string(), name: z.string(), role: roleSchema }).openapi('MemberOrganization');

const switchBodySchema = z.object({ organizationId: z.uuid() }).strict().openapi('SwitchOrganizationRequest');


export const login = defineRoute('public', {
  method: 'post',
  path: '/api/auth/login',
  tags: ['auth'],
  summary: 'Sign in with email and password; sets the session cookie',
  request: { body: { required: true, content: { 'application/json': { schema: loginBodySchema } } } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: sessionSchema } } },
    400: { description: 'Invalid request', content: errorContent },
    401: { description: 'Wrong email or password', content: errorContent },
    429: { description: 'Too many failed sign-ins for this account or address; Retry-After says for how long', content: errorContent },
  },
});

export const getSession = defineRoute('read_only', {
  method: 'get',
  path: '/api/auth/session',
  tags: ['auth'],
  summary: "The signed-in person, their organization and role, and whether the organization's billing needs attention",
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: currentSessionSchema } } },
  },
});

export const listOrganizations = defineRoute('read_only', {
  method: 'get',
  path: '/api/auth/organizations',
  tags: ['auth'],
  summary: 'The organizations the signed-in person belongs to, for the organization switcher',
  responses: {
    200: { description: 'Their organizations', content: { 'application/json': { schema: z.object({ organizations: z.array(memberOrganizationSchema) }) } } },
  },
});

export const switchOrganization = defineRoute('read_only', {
  method: 'post',
  path: '/api/auth/switch-organization',
  tags: ['auth'],
  summary: 'Act for another organization the signed-in person belongs to',
  request: { body: { required: true, content: { 'application/json': { schema: switchBodySchema } } } },
  responses: {
    200: { description: 'The session now acts for that organization', content: { 'application/json': { schema: sessionSchema } } },
    400: { description: 'Invalid request', content: errorContent },
    404: { description: 'Not one of their organizations', content: errorContent },
  },
});

export const logout = defineRoute('read_only', {
  method: 'post',
  path: '/api/auth/logout',
  tags: ['auth'],
  summary: 'Sign out: ends the session and clears the cookie',
  responses: {
    204: { description: 'Signed out' },
  },
});
