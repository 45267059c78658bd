import { OpenAPIHono } from '@hono/zod-openapi';
import type { Invitation } from '../../../db/queries/invitations.js';
import type { Member } from '../../../db/queries/users.js';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { createInvitation, listInvitations, revokeInvitation } from '../../operations/invitations.js';
import { changeMemberRole, listTeam, removeMember } from '../../operations/team.js';
import {
  changeMemberRoleRoute,
  createInvitationRoute,
  listInvitationsRoute,
  listMembersRoute,
  removeMemberRoute,
  revokeInvitationRoute,
} from './team.routes.js';

const toMemberBody = (member: Member) => ({ ...member, joinedAt: member.joinedAt.toISOString() });

const toInvitationBody = (invitation: Invitation) => ({
  id: invitation.id,
  email: invitation.email,
  role: invitation.role,
  invitedBy: invitation.invitedBy,
  createdAt: invitation.createdAt.toISOString(),
  expiresAt: invitation.expiresAt.toISOString(),
});

export function teamRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  const scope = (tenantId: string) => ({ db: deps.db, tenantId });

  return app
    .openapi(listMembersRoute, async (c) => c.json({ members: (await listTeam(scope(c.var.tenantId))).map(toMemberBody) }, 200))
    .openapi(changeMemberRoleRoute, async (c) => {
      const member = await changeMemberRole(scope(c.var.tenantId), c.req.valid('param').userId, c.req.valid('json').role);
      deps.logger.info({ tenantId: c.var.tenantId, userId: member.userId, role: member.role, by: c.var.auth.user.id }, 'member role changed');
      return c.json(toMemberBody(member), 200);
    })
    .openapi(removeMemberRoute, async (c) => {
      const { userId } = c.req.valid('param');
      await removeMember(scope(c.var.tenantId), userId);
      deps.logger.info({ tenantId: c.var.tenantId, userId, by: c.var.auth.user.id }, 'member removed');
      return c.body(null, 204);
    })
    .openapi(listInvitationsRoute, async (c) => c.json({ invitations: (await listInvitations(scope(c.var.tenantId), new Date())).map(toInvitationBody) }, 200))
    .openapi(createInvitationRoute, async (c) => {
      const invitation = await createInvitation(deps, c.var.auth, c.req.valid('json'), new Date());
      deps.logger.info({ tenantId: c.var.tenantId, invitationId: invitation.id, role: invitation.role, by: c.var.auth.user.id }, 'invitation sent');
      return c.json(toInvitationBody(invitation), 201);
    })
    .openapi(revokeInvitationRoute, async (c) => {
      await revokeInvitation({ ...scope(c.var.tenantId), actorRole: c.var.auth.role }, c.req.valid('param').id, new Date());
      return c.body(null, 204);
    });
}
