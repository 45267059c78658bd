import * as oidc from 'openid-client';
import type { Database } from '../../db/database.js';
import { insertSignInAttempt, takeSignInAttempt } from '../../db/queries/oidc-sign-in-attempts.js';
import type { SessionAuth } from '../../db/queries/sessions.js';
import { linkIdentity, touchIdentity } from '../../db/queries/user-identities.js';
import { findFirstMembership, findUserByEmail } from '../../db/queries/users.js';
import type { OidcClients } from './oidc-clients.js';
import { verifiedEmail, type OidcProvider } from './oidc-providers.js';
import { newToken, sessionIdFromToken } from './session-token.js';
import { startSession } from './start-session.js';

/** Long enough to pick an account and pass a second factor at the provider, short enough to be useless when stolen. */
export const OIDC_ATTEMPT_TTL_SECONDS = 600;
const SCOPE = 'openid email profile';

/** Why a sign-in failed, fit for a log line: provider error codes and library messages, never a code or token. */
export type OidcFailure = { outcome: 'failed'; reason: string; detail: Record<string, string> };

function failed(reason: string, error?: unknown): OidcFailure {
  if (error instanceof oidc.AuthorizationResponseError) {
    return { outcome: 'failed', reason, detail: { error: error.error, ...(error.error_description ? { description: error.error_description } : {}) } };
  }
  if (error instanceof oidc.ResponseBodyError) return { outcome: 'failed', reason, detail: { error: error.error, status: String(error.status) } };
  // The message of the library's underlying error names the check that failed; the `cause` beneath
  // it holds the values compared (the token response among them), so only messages are logged.
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : error.name;
    const detail: Record<string, string> = { error: code, message: error.message };
    if (error.cause instanceof Error) detail.check = error.cause.message;
    return { outcome: 'failed', reason, detail };
  }
  return { outcome: 'failed', reason, detail: {} };
}

/**
 * Sends the browser to the provider. The state, nonce and PKCE verifier wait in Postgres under the
 * hash of a token only this browser's cookie holds (docs/decisions/011-openid-connect-sign-in.md).
 */
export async function beginOidcSignIn(options: {
  db: Database;
  clients: OidcClients;
  providerId: string;
  now: Date;
}): Promise<{ outcome: 'redirect'; authorizationUrl: string; attemptToken: string } | OidcFailure> {
  const provider = options.clients.provider(options.providerId);
  let config: oidc.Configuration;
  try {
    config = await options.clients.configuration(provider);
  } catch (error) {
    return failed('discovery_failed', error);
  }
  const attempt = { provider: provider.id, state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: provider.redirectUri,
    scope: SCOPE,
    state: attempt.state,
    nonce: attempt.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(attempt.codeVerifier),
    code_challenge_method: 'S256',
  });
  const attemptToken = newToken();
  await insertSignInAttempt(options.db, {
    ...attempt,
    id: sessionIdFromToken(attemptToken),
    expiresAt: new Date(options.now.getTime() + OIDC_ATTEMPT_TTL_SECONDS * 1000),
    now: options.now,
  });
  return { outcome: 'redirect', authorizationUrl: authorizationUrl.href, attemptToken };
}

export type OidcSignInOutcome = { outcome: 'signed_in'; token: string; auth: SessionAuth } | { outcome: 'no_account' } | OidcFailure;

/**
 * The browser is back from the provider: exchange the code, verify the ID token (signature,
 * issuer, audience, expiry, nonce) and sign in the person it names, if they have an account here.
 */
export async function completeOidcSignIn(options: {
  db: Database;
  clients: OidcClients;
  providerId: string;
  /** The attempt cookie; missing when this browser never started the sign-in (or it expired). */
  attemptToken: string | undefined;
  /** The callback's query string exactly as the provider sent it. */
  responseQuery: string;
  now: Date;
  ttlHours: number;
}): Promise<OidcSignInOutcome> {
  const provider = options.clients.provider(options.providerId);
  const attempt = options.attemptToken ? await takeSignInAttempt(options.db, sessionIdFromToken(options.attemptToken), options.now) : null;
  if (!attempt || attempt.provider !== provider.id) return failed('no_attempt');
  let claims: oidc.IDToken | undefined;
  try {
    const config = await options.clients.configuration(provider);
    const callbackUrl = new URL(provider.redirectUri);
    callbackUrl.search = options.responseQuery;
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (error) {
    return failed('callback_refused', error);
  }
  if (!claims) return failed('no_id_token');
  const userId = await userForIdentity(options.db, provider, claims, options.now);
  // As with a password: someone no longer in any organization has nothing here to sign in to.
  const membership = userId ? await findFirstMembership(options.db, userId) : null;
  if (!userId || !membership) return { outcome: 'no_account' };
  const session = await startSession(options.db, { userId, tenantId: membership.tenantId, now: options.now, ttlHours: options.ttlHours });
  return { outcome: 'signed_in', ...session };
}

/**
 * The user a provider's person signs in as: by the identity linked before, else by a verified email
 * of an existing user, linking the identity from then on. Nobody gets an account by signing in.
 */
async function userForIdentity(db: Database, provider: OidcProvider, claims: oidc.IDToken, now: Date): Promise<string | null> {
  // openid-client has checked `iss` against the provider (for Microsoft's common endpoint, the
  // tenant's own issuer), so the pair names one person at one provider.
  const key = { issuer: claims.iss, subject: claims.sub };
  const linked = await touchIdentity(db, { ...key, now });
  if (linked) return linked;
  const email = verifiedEmail(provider.id, claims);
  const user = email ? await findUserByEmail(db, email) : null;
  if (!email || !user) return null;
  return linkIdentity(db, { ...key, userId: user.id, email, now });
}
