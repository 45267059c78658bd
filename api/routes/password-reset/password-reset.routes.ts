import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../route-access.js';
import { errorContent, jsonContent } from '../../route-responses.js';
import { linkTokenParams } from '../invitations/invitations.routes.js';


const requestBodySchema = z.object({ email: z.email().max(320) }).strict().openapi('PasswordResetRequest');
const newPasswordBodySchema = z.object({ password: z.string().min(10).max(1024) }).strict().openapi('NewPasswordRequest');

export const requestPasswordResetRoute = defineRoute('public', {
  method: 'post',
  path: '/api/auth/password-reset',
  tags: ['auth'],
  summary: 'Email a link to choose a new password; answers the same whether or not the email has an account',
  request: { body: { required: true, content: jsonContent(requestBodySchema) } },
  responses: {
    202: { description: 'Accepted', content: jsonContent(z.object({ message: z.string() }).openapi('PasswordResetAccepted')) },
    400: { description: 'Invalid request', content: errorContent },
  },
});

export const resetPasswordRoute = defineRoute('public', {
  method: 'post',
  path: '/api/auth/password-reset/{token}',
  tags: ['auth'],
  summary: "Set a new password with the emailed link; ends every session of the account",
  request: { params: linkTokenParams, body: { required: true, content: jsonContent(newPasswordBodySchema) } },
  responses: {
    204: { description: 'Password changed; sign in with it' },
    400: { description: 'Invalid request; each wrong field is named', content: errorContent },
    404: { description: 'Unknown, expired or already used; the message says which', content: errorContent },
  },
});
