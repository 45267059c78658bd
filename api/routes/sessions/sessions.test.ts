import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionIdFromToken } from '../../operations/session-token.js';
import { startApiHarness, signIn } from '../../../testing/api-harness.js';
import { clientFor } from '../../../testing/api-client.js';
import { jsonOf } from '../../../testing/json-body.js';
import { createOrganizationWithMember } from '../../../testing/organizations.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
});
afterAll(() => harness.stop());

type Listed = { id: string; current: boolean; organization: { id: string }; createdAt: string; expiresAt: string };

/** A member signed in on two devices, with a client for each. */
async function twoDevices() {
  const member = await createOrganizationWithMember(harness.db, { role: 'read_only' });
  const laptop = await signIn(harness.app, member.email, member.password);
  const phone = await signIn(harness.app, member.email, member.password);
  return { member, laptop, phone, laptopApi: clientFor(harness.app, laptop), phoneApi: clientFor(harness.app, phone) };
}

async function sessionsSeenBy(api: ReturnType<typeof clientFor>): Promise<Listed[]> {
  const response = await api.get('/api/auth/sessions');
  expect(response.status).toBe(200);
  return (await jsonOf(response)).sessions;
}

const alive = async (cookie: string) => (await harness.app.request('/api/auth/session', { headers: { cookie } })).status === 200;

describe('GET /api/auth/sessions', () => {
  it("lists the signed-in person's own sessions, marking the current one, by ids that are not the stored hash", async () => {
    const { member, laptop, laptopApi } = await twoDevices();
    const stranger = await createOrganizationWithMember(harness.db);
    await signIn(harness.app, stranger.email, stranger.password);

    const sessions = await sessionsSeenBy(laptopApi);
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.every((s) => s.organization.id === member.tenant.id)).toBe(true);
    expect(new Date(sessions[0]!.expiresAt).getTime()).toBeGreaterThan(new Date(sessions[0]!.createdAt).getTime());

    const stored = await harness.db.selectFrom('sessions').select('id').where('user_id', '=', member.userId).execute();
    const storedIds = stored.map((s) => s.id);
    expect(storedIds).toContain(sessionIdFromToken(laptop.cookie.replace(/^session=/, '')));
    for (const listed of sessions) {
      expect(listed.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(storedIds).not.toContain(listed.id);
    }
  });
});

describe('DELETE /api/auth/sessions/{id}', () => {
  it('ends another of your sessions, and this one keeps working', async () => {
    const { laptop, phone, laptopApi } = await twoDevices();
    const other = (await sessionsSeenBy(laptopApi)).find((s) => !s.current)!;
    const response = await laptopApi.delete(`/api/auth/sessions/${other.id}`);
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await alive(phone.cookie)).toBe(false);
    expect(await alive(laptop.cookie)).toBe(true);
    expect((await sessionsSeenBy(laptopApi)).map((s) => s.id)).not.toContain(other.id);
  });

  it('signs you out when you end the current one', async () => {
    const { laptop, phone, laptopApi } = await twoDevices();
    const current = (await sessionsSeenBy(laptopApi)).find((s) => s.current)!;
    const response = await laptopApi.delete(`/api/auth/sessions/${current.id}`);
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/^session=;.*Max-Age=0/);
    expect(await alive(laptop.cookie)).toBe(false);
    expect(await alive(phone.cookie)).toBe(true);
  });

  it("answers 404 for someone else's session, which keeps working, and for an unknown id", async () => {
    const mine = await twoDevices();
    const theirs = await twoDevices();
    const target = (await sessionsSeenBy(theirs.laptopApi)).find((s) => s.current)!;
    const response = await mine.laptopApi.delete(`/api/auth/sessions/${target.id}`);
    expect(response.status).toBe(404);
    expect(await alive(theirs.laptop.cookie)).toBe(true);
    expect((await mine.laptopApi.delete(`/api/auth/sessions/${randomUUID()}`)).status).toBe(404);
  });

  it('names a malformed id', async () => {
    const { laptopApi } = await twoDevices();
    const response = await laptopApi.delete('/api/auth/sessions/abc');
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).error.issues[0].path).toBe('id');
  });

  it('needs the CSRF token', async () => {
    const { laptop, phone, laptopApi } = await twoDevices();
    const other = (await sessionsSeenBy(laptopApi)).find((s) => !s.current)!;
    const response = await harness.app.request(`/api/auth/sessions/${other.id}`, { method: 'DELETE', headers: { cookie: laptop.cookie } });
    expect(response.status).toBe(403);
    expect(await alive(phone.cookie)).toBe(true);
  });
});
