import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { newToken } from '../../operations/session-token.js';
import { SIGN_IN_LIMITS } from '../../operations/sign-in-limits.js';
import { startApiHarness, signIn, TEST_ORIGIN } from '../../../testing/api-harness.js';
import { clientFor, type ApiClient } from '../../../testing/api-client.js';
import { latestLink } from '../../../testing/email-outbox.js';
import { jsonOf } from '../../../testing/json-body.js';
import { createOrganizationWithMember, type TestMember } from '../../../testing/organizations.js';
import type { Role } from '../../../domain/team/roles.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
let owner: TestMember;
let ownerApi: ApiClient;

beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
  owner = await createOrganizationWithMember(harness.db, { role: 'owner', name: 'Willow Funeral Home' });
  ownerApi = clientFor(harness.app, await signIn(harness.app, owner.email, owner.password));
});
afterAll(() => harness.stop());

/** Invites this email to the owner's organization and returns the token of the emailed link. */
async function invite(email = `invitee-${randomUUID().slice(0, 8)}@example.com`, role: Role = 'staff') {
  const response = await ownerApi.post('/api/team/invitations', { email, role });
  expect(response.status).toBe(201);
  const { token } = await latestLink(harness.db, email, 'invitation', TEST_ORIGIN);
  return { email, token };
}

const accept = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  harness.app.request(`/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, ...headers },
    body: JSON.stringify(body),
  });

describe('GET /api/invitations/{token}', () => {
  it('shows who invited the holder of the link, to which organization and role', async () => {
    const { email, token } = await invite(undefined, 'read_only');
    const response = await harness.app.request(`/api/invitations/${token}`);
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toMatchObject({
      organization: { name: 'Willow Funeral Home' },
      invitedBy: { name: expect.stringMatching(/^Member /) },
      email,
      role: 'read_only',
      hasAccount: false,
    });
  });

  it('says the link is not valid for an unknown token, and names a malformed one', async () => {
    const unknown = await harness.app.request(`/api/invitations/${newToken()}`);
    expect(unknown.status).toBe(404);
    expect((await jsonOf(unknown)).error.message).toMatch(/not valid/);
    const malformed = await harness.app.request('/api/invitations/half-a-tok');
    expect(malformed.status).toBe(400);
    expect((await jsonOf(malformed)).error.issues[0].path).toBe('token');
  });

  it('says so when the invitation has expired', async () => {
    const { email, token } = await invite();
    await harness.db.updateTable('invitations').set({ expires_at: new Date(Date.now() - 60_000) }).where('email', '=', email).execute();
    const response = await harness.app.request(`/api/invitations/${token}`);
    expect(response.status).toBe(404);
    expect((await jsonOf(response)).error.message).toBe('This invitation has expired; ask for a new one.');
    expect((await accept(token, { name: 'Late Larry', password: 'a-long-password' })).status).toBe(404);
  });

  it('never writes the token to the logs', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const app = createApp({ ...harness.deps, logger: pino({ level: 'info' }, sink) });
    const { token } = await invite();
    expect((await app.request(`/api/invitations/${token}`)).status).toBe(200);
    const logged = lines.join('');
    expect(logged).toContain('/api/invitations/:token');
    expect(logged).not.toContain(token);
  });
});

describe('POST /api/invitations/{token}/accept', () => {
  it('creates the account, adds it with the role and signs it in, once', async () => {
    const { email, token } = await invite(undefined, 'staff');
    const response = await accept(token, { name: 'Nora New', password: 'nora-password-1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^session=[\w-]{40,};.*HttpOnly/);
    expect(await jsonOf(response)).toMatchObject({ user: { email, name: 'Nora New' }, organization: { id: owner.tenant.id }, role: 'staff' });

    const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
    expect((await jsonOf(harness.app.request('/api/auth/session', { headers: { cookie } }))).role).toBe('staff');
    expect((await signIn(harness.app, email, 'nora-password-1')).csrfToken).toHaveLength(43);

    const again = await accept(token, { name: 'Nora Again', password: 'another-password' });
    expect(again.status).toBe(404);
    expect((await jsonOf(again)).error.message).toBe('This invitation has already been used; sign in instead.');
    const users = await harness.db.selectFrom('users').select('name').where('email', '=', email).execute();
    expect(users).toEqual([{ name: 'Nora New' }]);
  });

  it('adds an existing account to the organization when its own password is given, changing nothing of it', async () => {
    const elsewhere = await createOrganizationWithMember(harness.db, { role: 'admin' });
    const { token } = await invite(elsewhere.email, 'read_only');
    expect((await jsonOf(harness.app.request(`/api/invitations/${token}`))).hasAccount).toBe(true);

    const wrong = await accept(token, { password: 'not-their-password' });
    expect(wrong.status).toBe(401);
    const right = await accept(token, { name: 'Ignored Name', password: elsewhere.password });
    expect(right.status).toBe(200);
    expect(await jsonOf(right)).toMatchObject({ organization: { id: owner.tenant.id }, role: 'read_only' });

    const cookie = right.headers.get('set-cookie')!.split(';')[0]!;
    const { organizations } = await jsonOf(harness.app.request('/api/auth/organizations', { headers: { cookie } }));
    expect(organizations.map((o: { id: string; role: string }) => [o.id, o.role]).sort()).toEqual(
      [
        [elsewhere.tenant.id, 'admin'],
        [owner.tenant.id, 'read_only'],
      ].sort(),
    );
    const user = await harness.db.selectFrom('users').select('name').where('id', '=', elsewhere.userId).executeTakeFirstOrThrow();
    expect(user.name).not.toBe('Ignored Name');
    await signIn(harness.app, elsewhere.email, elsewhere.password);
  });

  it('counts wrong passwords for an existing account like sign-ins', async () => {
    const elsewhere = await createOrganizationWithMember(harness.db, { role: 'staff' });
    const { token } = await invite(elsewhere.email);
    for (let i = 0; i < SIGN_IN_LIMITS.account.max; i++) {
      expect((await accept(token, { password: `wrong-password-${i}` })).status).toBe(401);
    }
    const limited = await accept(token, { password: elsewhere.password });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await harness.app.request(`/api/invitations/${token}`)).status).toBe(200);
  });

  it('names the field that is wrong', async () => {
    const { token } = await invite();
    const short = await accept(token, { name: 'Sam Short', password: 'short' });
    expect(short.status).toBe(400);
    expect((await jsonOf(short)).error.issues.map((i: { path: string }) => i.path)).toContain('password');
    const nameless = await accept(token, { password: 'a-long-password' });
    expect(nameless.status).toBe(400);
    expect((await jsonOf(nameless)).error.issues.map((i: { path: string }) => i.path)).toEqual(['name']);
    const extra = await accept(token, { name: 'Eve Extra', password: 'a-long-password', role: 'owner' });
    expect(extra.status).toBe(400);
    expect((await jsonOf(harness.app.request(`/api/invitations/${token}`))).role).toBe('staff');
  });

  it('answers 404 for an unknown token and refuses a withdrawn invitation', async () => {
    expect((await accept(newToken(), { name: 'Nobody', password: 'a-long-password' })).status).toBe(404);
    const { email, token } = await invite();
    const { invitations } = await jsonOf(ownerApi.get('/api/team/invitations'));
    const id = invitations.find((i: { email: string }) => i.email === email).id;
    await ownerApi.delete(`/api/team/invitations/${id}`);
    const response = await accept(token, { name: 'Wanda Withdrawn', password: 'a-long-password' });
    expect(response.status).toBe(404);
    expect((await jsonOf(response)).error.message).toMatch(/withdrawn/);
    expect(await harness.db.selectFrom('users').select('id').where('email', '=', email).execute()).toEqual([]);
  });

  it('makes one account when the same link is accepted twice at once', async () => {
    const { email, token } = await invite();
    const responses = await Promise.all([
      accept(token, { name: 'Twin One', password: 'a-long-password' }),
      accept(token, { name: 'Twin Two', password: 'a-long-password' }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 404]);
    expect(await harness.db.selectFrom('memberships as m').innerJoin('users as u', 'u.id', 'm.user_id').select('u.id').where('u.email', '=', email).execute()).toHaveLength(1);
  });
});
