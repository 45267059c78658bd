import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { SIGN_IN_LIMITS } from '../../operations/sign-in-limits.js';
import { startApiHarness, TEST_ORIGIN } from '../../../testing/api-harness.js';
import { jsonOf } from '../../../testing/json-body.js';
import { createOrganizationWithMember, type TestMember } from '../../../testing/organizations.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
/** The API behind the staff UI's server, which names each browser in x-forwarded-for. */
let proxied: ReturnType<typeof createApp>;

beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
  proxied = createApp({ ...harness.deps, trustProxy: true });
});
afterAll(() => harness.stop());

let addresses = 0;
/** A client address no other test uses, so each test starts with empty counters. */
const newAddress = () => `203.0.113.${++addresses}`;

function login(app: { request: typeof proxied.request }, email: string, password: string, headers: Record<string, string> = {}) {
  return app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, ...headers },
    body: JSON.stringify({ email, password }),
  });
}
const loginFrom = (address: string, email: string, password: string) => login(proxied, email, password, { 'x-forwarded-for': address });

async function failTimes(times: number, address: string, member: TestMember | string) {
  const email = typeof member === 'string' ? member : member.email;
  for (let i = 0; i < times; i++) expect((await loginFrom(address, email, `wrong-password-${i}`)).status).toBe(401);
}

async function addressKeys(): Promise<string[]> {
  const rows = await harness.db.selectFrom('login_attempts').select('key').where('scope', '=', 'address').execute();
  return rows.map((r) => r.key);
}

describe('sign-in limits per account', () => {
  it(`refuses the account after ${SIGN_IN_LIMITS.account.max} wrong passwords, even with the right one, saying when to try again`, async () => {
    const member = await createOrganizationWithMember(harness.db, { role: 'staff' });
    const address = newAddress();
    await failTimes(SIGN_IN_LIMITS.account.max, address, member);

    const refused = await loginFrom(address, member.email, member.password);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(SIGN_IN_LIMITS.account.windowMinutes * 60 - 30);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.windowMinutes * 60);
    const body = await jsonOf(refused);
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/this account.*Try again in 15 minutes/);
    expect(refused.headers.get('set-cookie')).toBeNull();

    // The limit is the account's, wherever the next attempt comes from.
    expect((await loginFrom(newAddress(), member.email, member.password)).status).toBe(429);
  });

  it('counts unknown emails too, so a refusal does not reveal which accounts exist', async () => {
    const address = newAddress();
    await failTimes(SIGN_IN_LIMITS.account.max, address, 'no-such-person@example.com');
    expect((await loginFrom(address, 'no-such-person@example.com', 'whatever-it-is')).status).toBe(429);
  });

  it('forgets the count on a successful sign-in', async () => {
    const member = await createOrganizationWithMember(harness.db, { role: 'staff' });
    const address = newAddress();
    await failTimes(SIGN_IN_LIMITS.account.max - 1, address, member);
    expect((await loginFrom(address, member.email, member.password)).status).toBe(200);
    await failTimes(SIGN_IN_LIMITS.account.max - 1, address, member);
    expect((await loginFrom(address, member.email, member.password)).status).toBe(200);
  });

  it('lets the account in again once its failures have left the window', async () => {
    const member = await createOrganizationWithMember(harness.db, { role: 'staff' });
    const address = newAddress();
    await failTimes(SIGN_IN_LIMITS.account.max, address, member);
    expect((await loginFrom(address, member.email, member.password)).status).toBe(429);
    await harness.db
      .updateTable('login_attempts')
      .set({ attempted_at: new Date(Date.now() - (SIGN_IN_LIMITS.account.windowMinutes + 1) * 60_000) })
      .where('scope', '=', 'account')
      .where('key', '=', member.email)
      .execute();
    expect((await loginFrom(address, member.email, member.password)).status).toBe(200);
  });
});

describe('sign-in limits per client address', () => {
  it('lets another account in from the same address until the address has failed too often', async () => {
    const locked = await createOrganizationWithMember(harness.db, { role: 'staff' });
    const colleague = await createOrganizationWithMember(harness.db, { role: 'staff' });
    const address = newAddress();
    await failTimes(SIGN_IN_LIMITS.account.max, address, locked);
    expect((await loginFrom(address, locked.email, locked.password)).status).toBe(429);
    expect((await loginFrom(address, colleague.email, colleague.password)).status).toBe(200);

    // The rest of the address's allowance, spread over emails that never reach their own limit.
    for (let i = SIGN_IN_LIMITS.account.max; i < SIGN_IN_LIMITS.address.max; i++) await failTimes(1, address, `guess-${i}@example.com`);
    const refused = await loginFrom(address, colleague.email, colleague.password);
    expect(refused.status).toBe(429);
    expect((await jsonOf(refused)).error.message).toMatch(/from your network/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    // A success does not reset the address: it still refuses, and another address still gets in.
    expect((await loginFrom(address, colleague.email, colleague.password)).status).toBe(429);
    expect((await loginFrom(newAddress(), colleague.email, colleague.password)).status).toBe(200);
  });
});

describe('which address a request comes from', () => {
  it("reads only the last x-forwarded-for entry, the one the trusted proxy wrote", async () => {
    await loginFrom(`198.51.100.1, ${newAddress()}`, 'spoofer@example.com', 'wrong-password');
    const keys = await addressKeys();
    expect(keys).toContain(`203.0.113.${addresses}`);
    expect(keys).not.toContain('198.51.100.1');
  });

  it('ignores x-forwarded-for unless TRUST_PROXY says a proxy writes it', async () => {
    await login(harness.app, 'direct@example.com', 'wrong-password', { 'x-forwarded-for': '198.51.100.2' });
    expect(await addressKeys()).not.toContain('198.51.100.2');
    expect(await addressKeys()).toContain('unknown');
  });

  it("uses the socket's address when the API is served over HTTP", async () => {
    const server = serve({ fetch: harness.app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, 'x-forwarded-for': '198.51.100.3' },
        body: JSON.stringify({ email: 'over-http@example.com', password: 'wrong-password' }),
      });
      expect(response.status).toBe(401);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const keys = await addressKeys();
    expect(keys.some((key) => /127\.0\.0\.1$/.test(key))).toBe(true);
    expect(keys).not.toContain('198.51.100.3');
  });
});
