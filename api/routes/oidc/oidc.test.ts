import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../config/load-config.js';
import { createApp } from '../../app.js';
import { apiConfigSchema, oidcProvidersFrom } from '../../config.js';
import { oidcRedirectUri, type OidcProviderId } from '../../operations/oidc-providers.js';
import { startApiHarness, TEST_ORIGIN } from '../../../testing/api-harness.js';
import { startFakeOidcProvider, type FakeOidcProvider } from '../../../testing/fakes/oidc-provider.js';
import { jsonOf } from '../../../testing/json-body.js';
import { createOrganizationWithMember, type TestMember } from '../../../testing/organizations.js';

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

let google: FakeOidcProvider;
let microsoft: FakeOidcProvider;
let harness: Awaited<ReturnType<typeof startApiHarness>>;

/** The API's configuration as a deployment writes it, with the fakes as Google and Microsoft. */
function configWith(env: Record<string, string>) {
  return parseConfig(apiConfigSchema, { DATABASE_URL: 'postgres://127.0.0.1/unused', TEMPORAL_ADDRESS: '127.0.0.1:7233', WEB_ORIGIN: TEST_ORIGIN, ...env });
}
const googleEnv = () => ({ OIDC_GOOGLE_ISSUER: google.issuer, OIDC_GOOGLE_CLIENT_ID: google.clientId, OIDC_GOOGLE_CLIENT_SECRET: google.clientSecret });
const microsoftEnv = () => ({
  OIDC_MICROSOFT_ISSUER: microsoft.issuer,
  OIDC_MICROSOFT_CLIENT_ID: microsoft.clientId,
  OIDC_MICROSOFT_CLIENT_SECRET: microsoft.clientSecret,
});

beforeAll(async () => {
  google = await startFakeOidcProvider({ redirectUris: [oidcRedirectUri(TEST_ORIGIN, 'google')] });
  microsoft = await startFakeOidcProvider({ redirectUris: [oidcRedirectUri(TEST_ORIGIN, 'microsoft')] });
  harness = await startApiHarness({ worker: false, oidcProviders: oidcProvidersFrom(configWith({ ...googleEnv(), ...microsoftEnv() })) });
});
afterAll(async () => {
  await harness?.stop();
  await google?.stop();
  await microsoft?.stop();
});

const cookieNamed = (response: Response, name: string) => response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));

/** Clicks "Sign in with …": the redirect to the provider and the cookie this browser keeps meanwhile. */
async function start(app: App, provider: OidcProviderId) {
  const response = await app.request(`/api/auth/oidc/${provider}/start`);
  expect(response.status).toBe(302);
  const attemptCookie = cookieNamed(response, 'oidc_attempt');
  expect(attemptCookie).toBeDefined();
  return { authorizationUrl: response.headers.get('location')!, attemptCookie: attemptCookie!, cookie: attemptCookie!.split(';')[0]! };
}

/** The browser arriving back at our callback (through the UI's /api proxy) from wherever the provider sent it. */
function arrive(app: App, returnUrl: URL, cookie?: string) {
  expect(returnUrl.origin).toBe(TEST_ORIGIN);
  return app.request(`${returnUrl.pathname}${returnUrl.search}`, { headers: cookie ? { cookie } : {} });
}

async function signInWith(app: App, provider: OidcProviderId, login: string) {
  const fake = provider === 'google' ? google : microsoft;
  const { authorizationUrl, cookie } = await start(app, provider);
  return arrive(app, await fake.authorize(authorizationUrl, login), cookie);
}

async function sessionOf(response: Response) {
  const cookie = cookieNamed(response, 'session')?.split(';')[0];
  if (!cookie) return null;
  const session = await harness.app.request('/api/auth/session', { headers: { cookie } });
  expect(session.status).toBe(200);
  return jsonOf(session);
}

const identitiesOf = (userId: string) =>
  harness.db.selectFrom('user_identities').select(['issuer', 'subject', 'linked_email']).where('user_id', '=', userId).execute();

describe('which providers the login page offers', () => {
  it('lists the configured providers, in order, for the login page', async () => {
    const response = await harness.app.request('/api/auth/oidc/providers');
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toEqual({ providers: [{ id: 'google', label: 'Google' }, { id: 'microsoft', label: 'Microsoft' }] });
  });

  it('lists only a provider whose client id and secret are both set, and none when none are', async () => {
    const googleOnly = createApp({ ...harness.deps, oidcProviders: oidcProvidersFrom(configWith(googleEnv())) });
    expect(await jsonOf(await googleOnly.request('/api/auth/oidc/providers'))).toEqual({ providers: [{ id: 'google', label: 'Google' }] });
    const none = createApp({ ...harness.deps, oidcProviders: oidcProvidersFrom(configWith({})) });
    expect(await jsonOf(await none.request('/api/auth/oidc/providers'))).toEqual({ providers: [] });
  });

  it('refuses to start with half a client, naming the missing variable', () => {
    expect(() => configWith({ OIDC_MICROSOFT_CLIENT_ID: 'abc' })).toThrow(/OIDC_MICROSOFT_CLIENT_SECRET: must be set together with OIDC_MICROSOFT_CLIENT_ID/);
    expect(() => configWith({ ...googleEnv(), OIDC_GOOGLE_ISSUER: 'http://accounts.example.com' })).toThrow(/OIDC_GOOGLE_ISSUER: must be an https:\/\/ URL/);
  });

  it('sends the provider back to OIDC_REDIRECT_BASE_URL when set, else to WEB_ORIGIN', () => {
    const [fromOrigin] = oidcProvidersFrom(configWith(googleEnv()));
    expect(fromOrigin?.redirectUri).toBe(`${TEST_ORIGIN}/api/auth/oidc/google/callback`);
    const [fromBase] = oidcProvidersFrom(configWith({ ...googleEnv(), OIDC_REDIRECT_BASE_URL: 'https://staff.example.com/chapel/' }));
    expect(fromBase?.redirectUri).toBe('https://staff.example.com/chapel/api/auth/oidc/google/callback');
  });

  it('answers 404 with a clear message for a provider this deployment has not set up', async () => {
    const googleOnly = createApp({ ...harness.deps, oidcProviders: oidcProvidersFrom(configWith(googleEnv())) });
    for (const path of ['/api/auth/oidc/microsoft/start', '/api/auth/oidc/microsoft/callback?code=x&state=y', '/api/auth/oidc/facebook/start']) {
      const response = await googleOnly.request(path);
      expect(`${path} → ${response.status}`).toBe(`${path} → 404`);
      const body = await jsonOf(response);
      expect(body.error.code).toBe('not_found');
      expect(body.error.message).toMatch(/is not set up here/);
    }
    expect((await googleOnly.request('/api/auth/oidc/google/start')).status).toBe(302);
  });
});

describe('starting a sign-in', () => {
  it('sends the browser to the provider with PKCE, state and nonce, keeping them behind an HttpOnly cookie', async () => {
    const { authorizationUrl, attemptCookie } = await start(harness.app, 'google');
    const url = new URL(authorizationUrl);
    expect(url.origin).toBe(google.issuer);
    expect(url.searchParams.get('client_id')).toBe(google.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(`${TEST_ORIGIN}/api/auth/oidc/google/callback`);
    expect(url.searchParams.get('scope')).toBe('openid email profile');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(attemptCookie).toMatch(/HttpOnly/);
    expect(attemptCookie).toMatch(/SameSite=Lax/);
    expect(attemptCookie).toMatch(/Path=\/api\/auth\/oidc/);
    // What the browser holds is not what the provider sees: neither state nor verifier is in the cookie.
    expect(attemptCookie).not.toContain(url.searchParams.get('state')!);
  });
});

describe('signing in with a provider', () => {
  let member: TestMember;
  beforeAll(async () => {
    member = await createOrganizationWithMember(harness.db, { role: 'staff' });
  });

  it('signs in a known user by their verified email, with a session cookie that works', async () => {
    google.addAccount({ email: member.email.toUpperCase(), name: 'Member at Google' });
    const response = await signInWith(harness.app, 'google', member.email);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    expect(cookieNamed(response, 'session')).toMatch(/^session=[\w-]{43}; Max-Age=3600; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(cookieNamed(response, 'oidc_attempt')).toMatch(/Max-Age=0/);
    expect(await sessionOf(response)).toMatchObject({ role: 'staff', user: { id: member.userId, email: member.email }, organization: { id: member.tenant.id } });
  });

  it('stores the identity, and knows the person by subject after their email changes at the provider', async () => {
    const someone = await createOrganizationWithMember(harness.db);
    const other = await createOrganizationWithMember(harness.db);
    const account = google.addAccount({ email: someone.email });
    expect((await signInWith(harness.app, 'google', account.sub)).headers.get('location')).toBe('/');
    expect(await identitiesOf(someone.userId)).toEqual([{ issuer: google.issuer, subject: account.sub, linked_email: someone.email }]);

    // Now the provider says this subject has another member's email: the stored identity decides, not the email.
    google.addAccount({ sub: account.sub, email: other.email });
    const again = await signInWith(harness.app, 'google', account.sub);
    expect(again.headers.get('location')).toBe('/');
    expect(await sessionOf(again)).toMatchObject({ user: { id: someone.userId } });
    expect(await identitiesOf(other.userId)).toEqual([]);

    google.addAccount({ sub: account.sub, email: `renamed-${account.sub}@example.com` });
    expect(await sessionOf(await signInWith(harness.app, 'google', account.sub))).toMatchObject({ user: { id: someone.userId } });
  });

  it('creates no account for a person unknown here and sends them to /login?error=no_account', async () => {
    const stranger = google.addAccount({ email: 'stranger@example.com' });
    const response = await signInWith(harness.app, 'google', stranger.sub);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login?error=no_account');
    expect(cookieNamed(response, 'session')).toBeUndefined();
    expect(await harness.db.selectFrom('users').select('id').where('email', '=', 'stranger@example.com').execute()).toEqual([]);
    expect(await harness.db.selectFrom('user_identities').select('user_id').where('subject', '=', stranger.sub).execute()).toEqual([]);
  });

  it('does not match an email the provider has not verified', async () => {
    const someone = await createOrganizationWithMember(harness.db);
    const unverified = google.addAccount({ email: someone.email, emailVerified: false });
    expect((await signInWith(harness.app, 'google', unverified.sub)).headers.get('location')).toBe('/login?error=no_account');
    expect(await identitiesOf(someone.userId)).toEqual([]);
  });

  it("trusts Microsoft's email only with xms_edov, never by itself or by preferred_username", async () => {
    const someone = await createOrganizationWithMember(harness.db);
    const bare = microsoft.addAccount({ email: someone.email, emailVerified: null, claims: { preferred_username: someone.email } });
    expect((await signInWith(harness.app, 'microsoft', bare.sub)).headers.get('location')).toBe('/login?error=no_account');
    expect(await identitiesOf(someone.userId)).toEqual([]);

    const vouched = microsoft.addAccount({ email: someone.email, emailVerified: null, claims: { xms_edov: true } });
    const response = await signInWith(harness.app, 'microsoft', vouched.sub);
    expect(response.headers.get('location')).toBe('/');
    expect(await sessionOf(response)).toMatchObject({ user: { id: someone.userId } });
    expect(await identitiesOf(someone.userId)).toEqual([{ issuer: microsoft.issuer, subject: vouched.sub, linked_email: someone.email }]);
  });

  it('refuses a person whose account is no longer in any organization', async () => {
    const removed = await createOrganizationWithMember(harness.db);
    await harness.db.deleteFrom('memberships').where('user_id', '=', removed.userId).execute();
    const account = google.addAccount({ email: removed.email });
    const response = await signInWith(harness.app, 'google', account.sub);
    expect(response.headers.get('location')).toBe('/login?error=no_account');
    expect(cookieNamed(response, 'session')).toBeUndefined();
  });
});

describe('a sign-in that must not succeed', () => {
  let account: ReturnType<FakeOidcProvider['addAccount']>;
  beforeAll(async () => {
    const member = await createOrganizationWithMember(harness.db);
    account = google.addAccount({ email: member.email });
  });

  /** Runs `act`, expects it to land on sign_in_failed without a session, and returns what was logged. */
  async function expectFailure(act: () => Response | Promise<Response>) {
    const warn = vi.spyOn(harness.logger, 'warn');
    try {
      const response = await act();
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/login?error=sign_in_failed');
      expect(cookieNamed(response, 'session')).toBeUndefined();
      expect(warn).toHaveBeenCalledTimes(1);
      const [fields, message] = warn.mock.calls[0] as unknown as [Record<string, string>, string];
      expect(message).toBe('single sign-on failed');
      return fields;
    } finally {
      warn.mockRestore();
    }
  }

  it('refuses a tampered state, and logs why without the code or the state', async () => {
    const { authorizationUrl, cookie } = await start(harness.app, 'google');
    const back = await google.authorize(authorizationUrl, account.sub);
    const code = back.searchParams.get('code')!;
    const state = back.searchParams.get('state')!;
    back.searchParams.set('state', `${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`);
    const logged = await expectFailure(() => arrive(harness.app, back, cookie));
    expect(logged).toMatchObject({ provider: 'google', reason: 'callback_refused', error: 'OAUTH_INVALID_RESPONSE' });
    expect(logged.check).toMatch(/"state"/);
    const line = JSON.stringify(logged);
    expect(line).not.toContain(code);
    expect(line).not.toContain(state.slice(0, -1));
  });

  it('refuses a callback in a browser that did not start the sign-in (no attempt cookie)', async () => {
    const { authorizationUrl } = await start(harness.app, 'google');
    const back = await google.authorize(authorizationUrl, account.sub);
    expect(await expectFailure(() => arrive(harness.app, back))).toMatchObject({ reason: 'no_attempt' });
  });

  it('lets each callback be used once', async () => {
    const { authorizationUrl, cookie } = await start(harness.app, 'google');
    const back = await google.authorize(authorizationUrl, account.sub);
    expect((await arrive(harness.app, back, cookie)).headers.get('location')).toBe('/');
    expect(await expectFailure(() => arrive(harness.app, back, cookie))).toMatchObject({ reason: 'no_attempt' });
  });

  it('refuses an attempt started for another provider', async () => {
    const person = microsoft.addAccount({ email: 'someone@example.com' });
    const { authorizationUrl, cookie } = await start(harness.app, 'microsoft');
    const back = await microsoft.authorize(authorizationUrl, person.sub);
    back.pathname = back.pathname.replace('/microsoft/', '/google/');
    expect(await expectFailure(() => arrive(harness.app, back, cookie))).toMatchObject({ reason: 'no_attempt' });
  });

  it('refuses when the person cancels at the provider, logging the provider’s error', async () => {
    const { authorizationUrl, cookie } = await start(harness.app, 'google');
    const back = await google.deny(authorizationUrl);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(await expectFailure(() => arrive(harness.app, back, cookie))).toMatchObject({ reason: 'callback_refused', error: 'access_denied' });
  });

  it('refuses an ID token minted for another sign-in (its nonce does not match)', async () => {
    const { authorizationUrl, cookie } = await start(harness.app, 'google');
    const url = new URL(authorizationUrl);
    url.searchParams.set('nonce', 'a-nonce-from-another-attempt-entirely-0000000');
    const back = await google.authorize(url.href, account.sub);
    const logged = await expectFailure(() => arrive(harness.app, back, cookie));
    expect(logged).toMatchObject({ reason: 'callback_refused', error: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' });
    expect(logged.check).toMatch(/"nonce"/);
  });

  it('refuses a code whose PKCE challenge was swapped on the way to the provider', async () => {
    const { authorizationUrl, cookie } = await start(harness.app, 'google');
    const url = new URL(authorizationUrl);
    url.searchParams.set('code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    const back = await google.authorize(url.href, account.sub);
    expect(await expectFailure(() => arrive(harness.app, back, cookie))).toMatchObject({ reason: 'callback_refused', error: 'invalid_grant' });
  });

  it('sends the browser back to the login page when the provider cannot be reached', async () => {
    const [googleProvider] = oidcProvidersFrom(configWith(googleEnv()));
    const unreachable = createApp({ ...harness.deps, oidcProviders: [{ ...googleProvider!, issuer: 'http://127.0.0.1:9/' }] });
    expect(await expectFailure(() => unreachable.request('/api/auth/oidc/google/start'))).toMatchObject({ reason: 'discovery_failed' });
  });
});
