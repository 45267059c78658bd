import { z } from '@hono/zod-openapi';
import { roleSchema } from '../../../domain/team/roles.js';
import { TOKEN_SHAPE } from '../../operations/session-token.js';
import { defineRoute } from '../../route-access.js';
import { errorContent, jsonContent } from '../../route-responses.js';
import { sessionSchema } from '../auth/auth.routes.js';


/** The token of an emailed link; a half-copied one is refused before anything is looked up. */
export const linkTokenParams = z.object({ token: z.string().regex(TOKEN_SHAPE, 'is not a whole link: check that you copied all of it') });

const openInvitationSchema = z
  .object({
    organization: z.object({ name: z.string() }),
    invitedBy: z.object({ name: z.string() }).nullable(),
    email: z.string(),
    role: roleSchema,
    expiresAt: z.string(),
    hasAccount: z.boolean().openapi({ description: 'True when the email already has an account: accepting then asks for its password, not a new one' }),
  })
  .openapi('OpenInvitation');

const acceptBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional().openapi({ description: 'Needed when the email has no account yet' }),
    password: z.string().min(10).max(1024),
  })
  .strict()
  .openapi('AcceptInvitationRequest');

const unusable = { 404: { description: 'Unknown, expired, withdrawn or already used; the message says which', content: errorContent } };

export const openInvitationRoute = defineRoute('public', {
  method: 'get',
  path: '/api/invitations/{token}',
  tags: ['invitations'],
  summary: 'Who invited the holder of this link to which organization',
  request: { params: linkTokenParams },
  responses: {
    200: { description: 'The invitation', content: jsonContent(openInvitationSchema) },
    400: { description: 'Not a whole token', content: errorContent },
    ...unusable,
  },
});

export const acceptInvitationRoute = defineRoute('public', {
  method: 'post',
  path: '/api/invitations/{token}/accept',
  tags: ['invitations'],
  summary: 'Join the organization (creating the account, or with its password when it exists) and sign in; sets the session cookie',
  request: { params: linkTokenParams, body: { required: true, content: jsonContent(acceptBodySchema) } },
  responses: {
    200: { description: 'Joined and signed in', content: jsonContent(sessionSchema) },
    400: { description: 'Invalid request; each wrong field is named', content: errorContent },
    401: { description: 'The email has an account and this is not its password', content: errorContent },
    ...unusable,
    409: { description: 'Already a member', content: errorContent },
    429: { description: 'Too many wrong passwords for this account or address', content: errorContent },
  },
});
