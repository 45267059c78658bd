import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readForm } from './read-form.js';
import Provider, { type Adapter, type AdapterPayload, type Configuration, type JWK, type KoaContextWithOIDC } from 'oidc-provider';

/**
 * A person at the fake provider. `emailVerified: null` leaves the claim out, as Microsoft does;
 * `claims` adds others (Microsoft's `xms_edov`, say).
 */
export type FakeOidcAccount = { sub: string; email: string; name: string; emailVerified: boolean | null; claims: Record<string, unknown> };
export type FakeOidcAccountInput = { email: string } & Partial<FakeOidcAccount>;

export type FakeOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds a person who can sign in, or, with a known `sub`, replaces what the provider says about them. */
  addAccount(account: FakeOidcAccountInput): FakeOidcAccount;
  /**
   * What a browser does at the provider, without one: follows the authorization URL, signs in as
   * `login` (a sub or an email) on the login page, and returns the URL the provider sends the
   * browser back to, with its code and state.
   */
  authorize(authorizationUrl: string, login: string): Promise<URL>;
  /** The same, pressing Cancel instead: the provider sends the browser back with error=access_denied. */
  deny(authorizationUrl: string): Promise<URL>;
  stop(): Promise<void>;
};

const SCOPE = 'openid email profile';


const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function loginPage(uid: string, accounts: FakeOidcAccount[], problem?: string): string {
  const choices = accounts
    .map((a) => `<li><button name="login" value="${escapeHtml(a.sub)}">${escapeHtml(a.name)} &lt;${escapeHtml(a.email)}&gt;</button></li>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Fake identity provider</title></head><body>
<h1>Sign in to the fake identity provider</h1>
${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
  <label>Email or subject <input name="login" autofocus></label> <button type="submit">Sign in</button>
  <ul>${choices}</ul>
</form>
<form method="post" action="/interaction/${uid}/abort"><button type="submit">Cancel</button></form>
</body></html>`;
}

/**
 * The provider's sessions, codes and grants, in memory and of this instance alone (its built-in
 * store is shared by every instance in the process, and warns on every start that it is).
 */
function memoryAdapter() {
  const rows = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
  const live = (key: string) => {
    const row = rows.get(key);
    if (row && row.expiresAt <= Date.now()) rows.delete(key);
    return rows.get(key)?.payload;
  };
  return (model: string): Adapter => ({
    async upsert(id, payload, expiresIn) {
      rows.set(`${model}:${id}`, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
    },
    find: async (id) => live(`${model}:${id}`),
    findByUid: async (uid) => [...rows.keys()].filter((k) => k.startsWith(`${model}:`)).map(live).find((p) => p?.uid === uid),
    findByUserCode: async () => undefined,
    async consume(id) {
      const payload = live(`${model}:${id}`);
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    },
    async destroy(id) {
      rows.delete(`${model}:${id}`);
    },
    async revokeByGrantId(grantId) {
      for (const [key, row] of rows) if (row.payload.grantId === grantId) rows.delete(key);
    },
  });
}

/** The cookies a browser would hold for one origin; paths and expiry dates are beside the point here. */
function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    store(response: Response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';');
        const [name = '', value = ''] = pair.trim().split(/=(.*)/s);
        const expired = attributes.some((a) => /^\s*expires=.*1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
        if (expired || value === '') cookies.delete(name);
        else cookies.set(name, value);
      }
    },
  };
}

/**
 * A real OpenID Connect provider (panva's oidc-provider, certified) on 127.0.0.1 with one
 * confidential client, for tests and for a browser to sign in at by hand. Its login page takes any
 * account added with `addAccount`; consent is granted without asking, as a company's own provider
 * does for its own apps. PKCE is required, so a client that forgets it fails here as it would at Google.
 */
export async function startFakeOidcProvider(options: {
  redirectUris: string[];
  port?: number;
  clientId?: string;
  clientSecret?: string;
}): Promise<FakeOidcProvider> {
  const clientId = options.clientId ?? `fake-client-${randomBytes(4).toString('hex')}`;
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  const accounts = new Map<string, FakeOidcAccount>();
  const findLogin = (login: string) => accounts.get(login) ?? [...accounts.values()].find((a) => a.email === login.trim().toLowerCase());

  // Listening first: the issuer, and so the provider, is known only once the port is.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signingKey = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'fake-signing-key', alg: 'RS256', use: 'sig' } as JWK;
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    adapter: memoryAdapter(),
    jwks: { keys: [signingKey] },
    ttl: { Session: 3600, Interaction: 600, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'], profile: ['name'] },
    // Google and Microsoft put the email in the ID token of a code flow; by default this provider would not.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          email: account.email,
          name: account.name,
          ...(account.emailVerified === null ? {} : { email_verified: account.emailVerified }),
          ...account.claims,
        }),
      };
    },
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope(SCOPE);
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const handle = provider.callback();

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(request.url ?? '');
    if (!match) return void handle(request, response);
    const [, uid = '', action] = match;
    const details = await provider.interactionDetails(request, response);
    const form = request.method === 'POST' ? await readForm(request) : new URLSearchParams();
    if (request.method === 'GET' && !action) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(loginPage(uid, [...accounts.values()]));
      return;
    }
    if (request.method === 'POST' && action === 'abort') {
      await provider.interactionFinished(request, response, { error: 'access_denied', error_description: 'The person cancelled' }, { mergeWithLastSubmission: false });
      return;
    }
    if (request.method === 'POST' && action === 'login' && details.prompt.name === 'login') {
      // A browser sends the typed field and then the pressed account's button, both named login.
      const account = findLogin(form.getAll('login').filter(Boolean).at(-1) ?? '');
      if (!account) {
        response.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
        response.end(loginPage(uid, [...accounts.values()], 'No such account at this provider.'));
        return;
      }
      await provider.interactionFinished(request, response, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
      return;
    }
    response.writeHead(405, { 'content-type': 'text/plain' });
    response.end(`nothing to do for ${request.method} ${request.url} at prompt ${details.prompt.name}`);
  }


  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    void route(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`fake identity provider failed: ${(error as Error).message}`);
    });
  });

  // Follows the provider's own redirects; stops on its login page or once it sends the browser away.
  async function browse(jar: ReturnType<typeof cookieJar>, start: URL, init: RequestInit = {}): Promise<{ url: URL; response: Response; left: boolean }> {
    let url = start;
    let request = init;
    for (let hop = 0; hop < 10; hop++) {
      const response = await fetch(url, { ...request, redirect: 'manual', headers: { ...(request.headers as Record<string, string>), cookie: jar.header() } });
      jar.store(response);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url, response, left: false };
      url = new URL(location, url);
      if (url.origin !== issuer) return { url, response, left: true };
      request = {};
    }
    throw new Error(`the fake identity provider redirected more than 10 times from ${start.origin}`);
  }

  async function submit(authorizationUrl: string, action: 'login' | 'abort', login = ''): Promise<URL> {
    const jar = cookieJar();
    const page = await browse(jar, new URL(authorizationUrl));
    if (page.left) return page.url;
    if (page.response.status !== 200) throw new Error(`the fake identity provider answered ${page.response.status}: ${await page.response.text()}`);
    await page.response.body?.cancel();
    const sent = await browse(jar, new URL(`${page.url.pathname}/${action}`, issuer), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login }).toString(),
    });
    if (!sent.left) throw new Error(`the fake identity provider kept the browser after ${action}: ${sent.response.status} ${await sent.response.text()}`);
    return sent.url;
  }

  return {
    issuer,
    clientId,
    clientSecret,
    addAccount(input) {
      const account: FakeOidcAccount = {
        sub: input.sub ?? `sub-${randomBytes(6).toString('hex')}`,
        email: input.email.toLowerCase(),
        name: input.name ?? input.email.split('@')[0]!,
        emailVerified: input.emailVerified === undefined ? true : input.emailVerified,
        claims: input.claims ?? {},
      };
      accounts.set(account.sub, account);
      return account;
    },
    authorize: (authorizationUrl, login) => submit(authorizationUrl, 'login', login),
    deny: (authorizationUrl) => submit(authorizationUrl, 'abort'),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
