import { z } from '@hono/zod-openapi';
import { roleSchema } from '../../../domain/team/roles.js';
import { defineRoute } from '../../route-access.js';
import { errorContent, invalidResponse, jsonContent } from '../../route-responses.js';


export const memberSchema = z
  .object({ userId: z.string(), email: z.string(), name: z.string(), role: roleSchema, joinedAt: z.string() })
  .openapi('TeamMember');

export const invitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: roleSchema,
    invitedBy: z.object({ id: z.string(), name: z.string() }).nullable().openapi({ description: 'Null when the inviter has since left' }),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .openapi('Invitation');

const memberParams = z.object({ userId: z.uuid() });
const invitationParams = z.object({ id: z.uuid() });
const changeRoleBodySchema = z.object({ role: roleSchema }).strict().openapi('ChangeRoleRequest');
const inviteBodySchema = z
  .object({ email: z.email().max(320).openapi({ example: 'new.colleague@example.com' }), role: roleSchema })
  .strict()
  .openapi('InviteRequest');

const lastOwner = { 409: { description: 'They are the last owner; the organization must keep one', content: errorContent } };
const noMember = { 404: { description: 'No such member in this organization', content: errorContent } };

export const listMembersRoute = defineRoute('read_only', {
  method: 'get',
  path: '/api/team/members',
  tags: ['team'],
  summary: 'The members of the organization, by name',
  responses: { 200: { description: 'Members', content: jsonContent(z.object({ members: z.array(memberSchema) })) } },
});

export const changeMemberRoleRoute = defineRoute('owner', {
  method: 'patch',
  path: '/api/team/members/{userId}',
  tags: ['team'],
  summary: "Change a member's role; takes effect at their next request",
  request: { params: memberParams, body: { required: true, content: jsonContent(changeRoleBodySchema) } },
  responses: { 200: { description: 'The member with the new role', content: jsonContent(memberSchema) }, ...invalidResponse, ...noMember, ...lastOwner },
});

export const removeMemberRoute = defineRoute('owner', {
  method: 'delete',
  path: '/api/team/members/{userId}',
  tags: ['team'],
  summary: 'Remove a member from the organization; their sessions in it end',
  request: { params: memberParams },
  responses: { 204: { description: 'Removed' }, ...invalidResponse, ...noMember, ...lastOwner },
});

export const listInvitationsRoute = defineRoute('admin', {
  method: 'get',
  path: '/api/team/invitations',
  tags: ['team'],
  summary: 'Invitations that can still be accepted, newest first',
  responses: { 200: { description: 'Open invitations', content: jsonContent(z.object({ invitations: z.array(invitationSchema) })) } },
});

export const createInvitationRoute = defineRoute('admin', {
  method: 'post',
  path: '/api/team/invitations',
  tags: ['team'],
  summary: 'Invite someone by email with a role (an admin may grant Staff and Read-only); replaces their earlier invitation',
  request: { body: { required: true, content: jsonContent(inviteBodySchema) } },
  responses: {
    201: { description: 'Invited; the email with the link is queued', content: jsonContent(invitationSchema) },
    ...invalidResponse,
    409: { description: 'Already a member', content: errorContent },
  },
});

export const revokeInvitationRoute = defineRoute('admin', {
  method: 'delete',
  path: '/api/team/invitations/{id}',
  tags: ['team'],
  summary: 'Withdraw an invitation; its link stops working',
  request: { params: invitationParams },
  responses: {
    204: { description: 'Withdrawn' },
    ...invalidResponse,
    404: { description: 'No such invitation in this organization', content: errorContent },
    409: { description: 'Already accepted', content: errorContent },
  },
});
