import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { acknowledgePageLink, logCalledBackFromLink, openPageLink } from '../../operations/page-links.js';
import { acknowledgePageLinkRoute, calledBackFromLinkRoute, openPageLinkRoute } from './page-links.routes.js';

/** Links texted to the director on call: no session, the token is the credential. */
export function pageLinkRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });

  return app
    .openapi(openPageLinkRoute, async (c) => {
      const { status, owner, callbackDueAt, ...view } = await openPageLink(deps, c.req.valid('param').token);
      c.header('cache-control', 'private, no-store');
      return c.json({ ...view, callbackDueAt: callbackDueAt.toISOString(), page: { status, owner } }, 200);
    })
    .openapi(acknowledgePageLinkRoute, async (c) => {
      const { owner, yours } = await acknowledgePageLink(deps, c.req.valid('param').token);
      return c.json({ owner: { name: owner.name, phone: owner.phone }, yours }, 200);
    })
    .openapi(calledBackFromLinkRoute, async (c) => {
      await logCalledBackFromLink(deps, c.req.valid('param').token);
      return c.body(null, 204);
    });
}
