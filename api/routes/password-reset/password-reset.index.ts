import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { requestPasswordReset, resetPassword } from '../../operations/password-reset.js';
import { requestPasswordResetRoute, resetPasswordRoute } from './password-reset.routes.js';

const ACCEPTED = 'If an account uses that email, we have sent it a link to choose a new password. It works for one hour.';

export function passwordResetRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });

  return app
    .openapi(requestPasswordResetRoute, async (c) => {
      await requestPasswordReset(deps, c.req.valid('json').email, new Date());
      return c.json({ message: ACCEPTED }, 202);
    })
    .openapi(resetPasswordRoute, async (c) => {
      const { userId } = await resetPassword(deps.db, c.req.valid('param').token, c.req.valid('json').password, new Date());
      deps.logger.info({ userId }, 'password reset; every session ended');
      return c.body(null, 204);
    });
}
