import { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import { setSessionCookie, type AuthEnv } from '../../middleware/session.js';
import { createOidcClients } from '../../operations/oidc-clients.js';
import { beginOidcSignIn, completeOidcSignIn, OIDC_ATTEMPT_TTL_SECONDS, type OidcFailure } from '../../operations/oidc-sign-in.js';
import { finishOidcSignIn, listOidcProviders, startOidcSignIn } from './oidc.routes.js';

// Sent only to these routes. SameSite=Lax still rides along on the provider's top-level redirect back.
const ATTEMPT_COOKIE = 'oidc_attempt';
const ATTEMPT_COOKIE_PATH = '/api/auth/oidc';

/** Where the browser lands; the login page reads `error` to say what happened. */
const OIDC_LANDING = { signed_in: '/', no_account: '/login?error=no_account', failed: '/login?error=sign_in_failed' } as const;

export function oidcRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  const clients = createOidcClients(deps.oidcProviders);
  const logFailure = (provider: string, failure: OidcFailure) =>
    deps.logger.warn({ provider, reason: failure.reason, ...failure.detail }, 'single sign-on failed');

  return app
    .openapi(listOidcProviders, (c) => c.json({ providers: clients.list() }, 200))
    .openapi(startOidcSignIn, async (c) => {
      const { provider } = c.req.valid('param');
      const result = await beginOidcSignIn({ db: deps.db, clients, providerId: provider, now: new Date() });
      if (result.outcome === 'failed') {
        logFailure(provider, result);
        return c.redirect(OIDC_LANDING.failed, 302);
      }
      setCookie(c, ATTEMPT_COOKIE, result.attemptToken, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: deps.cookieSecure,
        path: ATTEMPT_COOKIE_PATH,
        maxAge: OIDC_ATTEMPT_TTL_SECONDS,
      });
      return c.redirect(result.authorizationUrl, 302);
    })
    .openapi(finishOidcSignIn, async (c) => {
      const { provider } = c.req.valid('param');
      const result = await completeOidcSignIn({
        db: deps.db,
        clients,
        providerId: provider,
        attemptToken: getCookie(c, ATTEMPT_COOKIE),
        responseQuery: new URL(c.req.url).search,
        now: new Date(),
        ttlHours: deps.sessionTtlHours,
      });
      deleteCookie(c, ATTEMPT_COOKIE, { path: ATTEMPT_COOKIE_PATH });
      if (result.outcome === 'signed_in') {
        setSessionCookie(c, result.token, { secure: deps.cookieSecure, ttlHours: deps.sessionTtlHours });
        deps.logger.info({ userId: result.auth.user.id, tenantId: result.auth.organization.id, provider }, 'signed in');
      } else if (result.outcome === 'no_account') {
        deps.logger.info({ provider }, 'single sign-on refused: no account here');
      } else {
        logFailure(provider, result);
      }
      return c.redirect(OIDC_LANDING[result.outcome], 302);
    });
}
