import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import { clientAddress } from '../../middleware/client-address.js';
import { setSessionCookie, type AuthEnv } from '../../middleware/session.js';
import { acceptInvitation, openInvitation } from '../../operations/invitations.js';
import { toSessionBody } from '../auth/auth.index.js';
import { acceptInvitationRoute, openInvitationRoute } from './invitations.routes.js';

export function invitationRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });

  return app
    .openapi(openInvitationRoute, async (c) => {
      const invitation = await openInvitation(deps.db, c.req.valid('param').token, new Date());
      return c.json(
        {
          organization: { name: invitation.organizationName },
          invitedBy: invitation.invitedBy && { name: invitation.invitedBy.name },
          email: invitation.email,
          role: invitation.role,
          expiresAt: invitation.expiresAt.toISOString(),
          hasAccount: invitation.hasAccount,
        },
        200,
      );
    })
    .openapi(acceptInvitationRoute, async (c) => {
      const { name, password } = c.req.valid('json');
      const { token, auth } = await acceptInvitation(
        deps,
        { token: c.req.valid('param').token, name, password, address: clientAddress(c, deps.trustProxy) },
        new Date(),
      );
      setSessionCookie(c, token, { secure: deps.cookieSecure, ttlHours: deps.sessionTtlHours });
      deps.logger.info({ userId: auth.user.id, tenantId: auth.organization.id, role: auth.role }, 'invitation accepted');
      return c.json(toSessionBody(auth), 200);
    });
}
