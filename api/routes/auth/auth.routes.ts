import { createRoute, z } from '@hono/zod-openapi';
import { errorBodySchema } from '../../errors.js';

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
    organization: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
    role: z.enum(['owner', 'staff']),
    csrfToken: z.string().openapi({ description: 'Send back in the x-csrf-token header of every state-changing request' }),
  })
  .openapi('Session');

const errorContent = { 'application/json': { schema: errorBodySchema } };

export const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['auth'],
  summary: 'Sign in with email and password; sets the session cookie',
  request: { body: { required: true, content: { 'application/json': { schema: loginBodySchema } } } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: sessionSchema } } },
    400: { description: 'Invalid request', content: errorContent },
    401: { description: 'Wrong email or password', content: errorContent },
  },
});

export const getSession = createRoute({
  method: 'get',
  path: '/api/auth/session',
  tags: ['auth'],
  summary: 'The signed-in person, their organization and role',
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: sessionSchema } } },
    401: { description: 'Not signed in', content: errorContent },
  },
});

export const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['auth'],
  summary: 'Sign out: ends the session and clears the cookie',
  responses: {
    204: { description: 'Signed out' },
    401: { description: 'Not signed in', content: errorContent },
    403: { description: 'CSRF token missing or wrong', content: errorContent },
  },
});
