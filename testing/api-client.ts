import type { Database } from '../db/database.js';
import type { Role } from '../domain/team/roles.js';
import { signIn, TEST_ORIGIN } from './api-harness.js';
import { createOrganizationWithMember, type TestMember } from './organizations.js';

type RequestingApp = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

export type ApiClient = ReturnType<typeof clientFor>;

/** Requests as one signed-in browser would send them: cookie, CSRF token, JSON, the UI's origin. */
export function clientFor(app: RequestingApp, session: { cookie: string; csrfToken: string }) {
  const send = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json', origin: TEST_ORIGIN },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown = {}) => send('POST', path, body),
    patch: (path: string, body: unknown) => send('PATCH', path, body),
    delete: (path: string) => send('DELETE', path),
    request: (method: string, path: string, body?: unknown) => send(method, path, body),
  };
}

/** A new organization with a signed-in member of this role, and a client acting as them. */
export async function signedInMember(harness: { app: RequestingApp; db: Database }, options: { role?: Role; name?: string } = {}): Promise<{ member: TestMember; api: ApiClient }> {
  const member = await createOrganizationWithMember(harness.db, options);
  return { member, api: clientFor(harness.app, await signIn(harness.app, member.email, member.password)) };
}

/** A client acting as an existing member, signed in afresh. */
export async function apiAs(harness: { app: RequestingApp }, member: TestMember): Promise<ApiClient> {
  return clientFor(harness.app, await signIn(harness.app, member.email, member.password));
}

/** An owner of one organization and the owner of another: what isolation checks read across. */
export async function ownerAndStranger(harness: { app: RequestingApp; db: Database }): Promise<{ owner: TestMember; ownerApi: ApiClient; strangerApi: ApiClient }> {
  const owner = await createOrganizationWithMember(harness.db, { role: 'owner' });
  const stranger = await createOrganizationWithMember(harness.db, { role: 'owner' });
  return { owner, ownerApi: await apiAs(harness, owner), strangerApi: await apiAs(harness, stranger) };
}
