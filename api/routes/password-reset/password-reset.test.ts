import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken } from '../../operations/session-token.js';
import { SIGN_IN_LIMITS } from '../../operations/sign-in-limits.js';
import { startApiHarness, signIn, TEST_ORIGIN } from '../../../testing/api-harness.js';
import { emailsTo, latestLink } from '../../../testing/email-outbox.js';
import { jsonOf } from '../../../testing/json-body.js';
import { createOrganizationWithMember } from '../../../testing/organizations.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
});
afterAll(() => harness.stop());

const post = (path: string, body: unknown) =>
  harness.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', origin: TEST_ORIGIN }, body: JSON.stringify(body) });

const login = (email: string, password: string) => post('/api/auth/login', { email, password });

/** Asks for a reset link for this member and returns the token the email carries. */
async function resetLinkFor(email: string): Promise<string> {
  expect((await post('/api/auth/password-reset', { email })).status).toBe(202);
  return (await latestLink(harness.db, email, 'password_reset', TEST_ORIGIN)).token;
}

describe('POST /api/auth/password-reset', () => {
  it('answers the same whether or not the email has an account, and emails only an account', async () => {
    const member = await createOrganizationWithMember(harness.db, { role: 'staff' });
    const known = await post('/api/auth/password-reset', { email: member.email.toUpperCase() });
    const unknown = await post('/api/auth/password-reset', { email: 'nobody-here@example.com' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await jsonOf(known)).toEqual(await jsonOf(unknown));

    expect(await emailsTo(harness.db, 'nobody-here@example.com')).toEqual([]);
    const [email, ...more] = await emailsTo(harness.db, member.email);
    expect(more).toEqual([]);
    expect(email).toMatchObject({ tenantId: null, purpose: 'password_reset', subject: 'Choose a new password' });
    const { token } = await latestLink(harness.db, member.email, 'password_reset', TEST_ORIGIN);
    const stored = await harness.db.selectFrom('password_resets').select(['token_hash', 'expires_at']).where('user_id', '=', member.userId).executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const minutes = (stored.expires_at.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(59);
    expect(minutes).toBeLessThanOrEqual(60);
  });

  it('names the email when it is not one', async () => {
    const response = await post('/api/auth/password-reset', { email: 'not-an-email' });
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).error.issues.map((i: { path: string }) => i.path)).toEqual(['email']);
  });
});

describe('POST /api/auth/password-reset/{token}', () => {
  it('sets the new password and ends every session of the account', async () => {
    const member = await createOrganizationWithMember(harness.db, { role: 'staff' });
    const laptop = await signIn(harness.app, member.email, member.password);
    const phone = await signIn(harness.app, member.email, member.password);
    const token = await resetLinkFor(member.email);

    const response = await post(`/api/auth/password-reset/${token}`, { password: 'a-brand-new-password' });
    expect(response.status).toBe(204);
    for (const { cookie } of [laptop, phone]) {
      expect((await harness.app.request('/api/auth/session', { headers: { cookie } })).status).toBe(401);
    }
    expect((await login(member.email, member.password)).status).toBe(401);
    expect((await login(member.email, 'a-brand-new-password')).status).toBe(200);
  });

  it('works once; an older link of the same person dies with it', async () => {
    const member = await createOrganizationWithMember(harness.db, { role: 'staff' });
    const older = await resetLinkFor(member.email);
    const newer = await resetLinkFor(member.email);
    expect((await post(`/api/auth/password-reset/${newer}`, { password: 'first-new-password' })).status).toBe(204);

    for (const token of [newer, older]) {
      const again = await post(`/api/auth/password-reset/${token}`, { password: 'second-new-password' });
      expect(again.status).toBe(404);
      expect((await jsonOf(again)).error.message).toMatch(/already been used/);
    }
    expect((await login(member.email, 'first-new-password')).status).toBe(200);
  });

  it('says so when the link has expired, and leaves the password alone', async () => {
    const member = await createOrganizationWithMember(harness.db, { role: 'staff' });
    const token = await resetLinkFor(member.email);
    await harness.db.updateTable('password_resets').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', member.userId).execute();
    const response = await post(`/api/auth/password-reset/${token}`, { password: 'too-late-password' });
    expect(response.status).toBe(404);
    expect((await jsonOf(response)).error.message).toBe('This password reset link has expired; ask for a new one.');
    expect((await login(member.email, member.password)).status).toBe(200);
  });

  it('answers 404 for a token it never sent, and names a malformed token or a short password', async () => {
    const unknown = await post(`/api/auth/password-reset/${newToken()}`, { password: 'a-long-password' });
    expect(unknown.status).toBe(404);
    expect((await jsonOf(unknown)).error.message).toMatch(/not valid/);

    const malformed = await post('/api/auth/password-reset/abc', { password: 'a-long-password' });
    expect(malformed.status).toBe(400);
    expect((await jsonOf(malformed)).error.issues[0].path).toBe('token');

    const member = await createOrganizationWithMember(harness.db, { role: 'staff' });
    const token = await resetLinkFor(member.email);
    const short = await post(`/api/auth/password-reset/${token}`, { password: 'short' });
    expect(short.status).toBe(400);
    expect((await jsonOf(short)).error.issues[0].path).toBe('password');
    expect((await post(`/api/auth/password-reset/${token}`, { password: 'long-enough-now' })).status).toBe(204);
  });

  it('lifts the lockout that guessing the old password caused', async () => {
    const member = await createOrganizationWithMember(harness.db, { role: 'staff' });
    for (let i = 0; i < SIGN_IN_LIMITS.account.max; i++) await login(member.email, `guess-${i}-wrong`);
    expect((await login(member.email, member.password)).status).toBe(429);
    const token = await resetLinkFor(member.email);
    expect((await post(`/api/auth/password-reset/${token}`, { password: 'after-the-lockout' })).status).toBe(204);
    expect((await login(member.email, 'after-the-lockout')).status).toBe(200);
  });
});
