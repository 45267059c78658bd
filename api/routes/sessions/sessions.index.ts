import { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import { SESSION_COOKIE, type AuthEnv } from '../../middleware/session.js';
import { listOwnSessions, revokeOwnSession } from '../../operations/own-sessions.js';
import { listSessionsRoute, revokeSessionRoute } from './sessions.routes.js';

export function sessionRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });

  return app
    .openapi(listSessionsRoute, async (c) => {
      const sessions = await listOwnSessions(deps.db, c.var.auth, new Date());
      return c.json(
        {
          sessions: sessions.map((s) => ({
            id: s.publicId,
            organization: s.organization,
            createdAt: s.createdAt.toISOString(),
            expiresAt: s.expiresAt.toISOString(),
            current: s.current,
          })),
        },
        200,
      );
    })
    .openapi(revokeSessionRoute, async (c) => {
      const { wasCurrent } = await revokeOwnSession(deps.db, c.var.auth, c.req.valid('param').id);
      if (wasCurrent) deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    });
}
