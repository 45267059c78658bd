import { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import { AppError } from '../../../domain/app-error.js';
import type { SessionAuth } from '../../../db/queries/sessions.js';
import { deleteSession, findSessionAuth, listMemberOrganizations, moveSessionToOrganization } from '../../../db/queries/sessions.js';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import { clientAddress } from '../../middleware/client-address.js';
import { SESSION_COOKIE, setSessionCookie, type AuthEnv } from '../../middleware/session.js';
import { billingNotice } from '../../operations/billing.js';
import { logIn } from '../../operations/log-in.js';
import { getSession, listOrganizations, login, logout, switchOrganization } from './auth.routes.js';

export function toSessionBody(auth: SessionAuth) {
  return { user: auth.user, organization: auth.organization, role: auth.role, csrfToken: auth.csrfToken };
}

export function authRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });

  return app
    .openapi(login, async (c) => {
      const { email, password } = c.req.valid('json');
      const { token, auth } = await logIn({ db: deps.db, email, password, address: clientAddress(c, deps.trustProxy), now: new Date(), ttlHours: deps.sessionTtlHours });
      setSessionCookie(c, token, { secure: deps.cookieSecure, ttlHours: deps.sessionTtlHours });
      deps.logger.info({ userId: auth.user.id, tenantId: auth.organization.id }, 'signed in');
      return c.json(toSessionBody(auth), 200);
    })
    .openapi(getSession, async (c) => c.json({ ...toSessionBody(c.var.auth), billing: await billingNotice(deps, c.var.tenantId) }, 200))
    .openapi(listOrganizations, async (c) => c.json({ organizations: await listMemberOrganizations(deps.db, c.var.auth.user.id) }, 200))
    .openapi(switchOrganization, async (c) => {
      const { organizationId } = c.req.valid('json');
      const { sessionId, user } = c.var.auth;
      const moved = await moveSessionToOrganization(deps.db, { sessionId, userId: user.id, tenantId: organizationId });
      if (!moved) throw new AppError('not_found', 'You are not a member of that organization.');
      const auth = await findSessionAuth(deps.db, sessionId, new Date());
      if (!auth) throw new AppError('unauthenticated', 'Please sign in.');
      return c.json(toSessionBody(auth), 200);
    })
    .openapi(logout, async (c) => {
      await deleteSession(deps.db, c.var.auth.sessionId);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    });
}
