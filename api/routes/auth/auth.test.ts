import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, signIn, TEST_ORIGIN } from '../../../testing/api-harness.js';
import { createOrganizationWithMember, type TestMember } from '../../../testing/organizations.js';
import { jsonOf } from '../../../testing/json-body.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
let member: TestMember;

beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
  member = await createOrganizationWithMember(harness.db, { role: 'staff' });
});
afterAll(() => harness.stop());

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  harness.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('POST /api/auth/login', () => {
  it('signs in with the right password and sets an httpOnly session cookie', async () => {
    const response = await post('/api/auth/login', JSON.stringify({ email: member.email.toUpperCase(), password: member.password }));
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const body = await jsonOf(response);
    expect(body).toMatchObject({ role: 'staff', organization: { id: member.tenant.id }, user: { email: member.email } });
    expect(body.csrfToken).toHaveLength(43);
  });

  it('refuses a wrong password and an unknown email with the same 401', async () => {
    const wrong = await post('/api/auth/login', JSON.stringify({ email: member.email, password: 'not-the-password' }));
    const unknown = await post('/api/auth/login', JSON.stringify({ email: 'nobody@example.com', password: 'whatever1' }));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await jsonOf(wrong)).toEqual(await jsonOf(unknown));
  });

  it('stores passwords only as argon2id hashes', async () => {
    const row = await harness.db.selectFrom('users').select('password_hash').where('email', '=', member.email).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(member.password);
  });

  it('names the field that is wrong', async () => {
    const response = await post('/api/auth/login', JSON.stringify({ email: 'not-an-email', password: 'x' }));
    expect(response.status).toBe(400);
    const body = await jsonOf(response);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues.map((i: { path: string }) => i.path)).toContain('email');
  });

  it('rejects unknown fields, wrong types and malformed JSON with 400, a missing content type with 415', async () => {
    const unknown = await post('/api/auth/login', JSON.stringify({ email: member.email, password: 'x', admin: true }));
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await jsonOf(unknown))).toContain('admin');
    const wrongType = await post('/api/auth/login', JSON.stringify({ email: member.email, password: 42 }));
    expect(wrongType.status).toBe(400);
    expect((await jsonOf(wrongType)).error.issues[0].path).toBe('password');
    const malformed = await post('/api/auth/login', '{"email": ');
    expect(malformed.status).toBe(400);
    expect((await jsonOf(malformed)).error.message).toMatch(/JSON/i);
    const noType = await harness.app.request('/api/auth/login', { method: 'POST', body: 'email=a' });
    expect(noType.status).toBe(415);
    expect((await jsonOf(noType)).error.code).toBe('invalid_input');
  });

  it('refuses a sign-in posted from another site', async () => {
    const response = await post('/api/auth/login', JSON.stringify({ email: member.email, password: member.password }), {
      origin: 'https://evil.example',
    });
    expect(response.status).toBe(403);
    expect((await jsonOf(response)).error.code).toBe('csrf_failed');
  });
});

describe('session and sign out', () => {
  it('reports the session only with a live cookie', async () => {
    const { cookie } = await signIn(harness.app, member.email, member.password);
    expect((await harness.app.request('/api/auth/session', { headers: { cookie } })).status).toBe(200);
    expect((await harness.app.request('/api/auth/session')).status).toBe(401);
    expect((await harness.app.request('/api/auth/session', { headers: { cookie: 'session=forged' } })).status).toBe(401);
  });

  it('needs the CSRF token to sign out, and then the cookie is dead', async () => {
    const { cookie, csrfToken } = await signIn(harness.app, member.email, member.password);
    const withoutToken = await harness.app.request('/api/auth/logout', { method: 'POST', headers: { cookie, origin: TEST_ORIGIN } });
    expect(withoutToken.status).toBe(403);
    const wrongToken = await harness.app.request('/api/auth/logout', { method: 'POST', headers: { cookie, 'x-csrf-token': 'x'.repeat(43) } });
    expect(wrongToken.status).toBe(403);
    const ok = await harness.app.request('/api/auth/logout', { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(ok.status).toBe(204);
    expect((await harness.app.request('/api/auth/session', { headers: { cookie } })).status).toBe(401);
  });

  it('loses access as soon as the membership is removed', async () => {
    const other = await createOrganizationWithMember(harness.db);
    const { cookie } = await signIn(harness.app, other.email, other.password);
    await harness.db.deleteFrom('memberships').where('user_id', '=', other.userId).execute();
    expect((await harness.app.request('/api/auth/session', { headers: { cookie } })).status).toBe(401);
  });
});
