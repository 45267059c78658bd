import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, signIn, TEST_ORIGIN } from '../../../testing/api-harness.js';
import { clientFor, type ApiClient } from '../../../testing/api-client.js';
import { emailsTo, latestLink } from '../../../testing/email-outbox.js';
import { jsonOf } from '../../../testing/json-body.js';
import { addMember, createOrganizationWithMember, type TestMember } from '../../../testing/organizations.js';
import type { Role } from '../../../domain/team/roles.js';

let harness: Awaited<ReturnType<typeof startApiHarness>>;
let owner: TestMember;
let otherOwner: TestMember;
let ownerApi: ApiClient;
let otherOwnerApi: ApiClient;

beforeAll(async () => {
  harness = await startApiHarness({ worker: false });
  owner = await createOrganizationWithMember(harness.db, { role: 'owner', name: 'Evergreen Chapel' });
  otherOwner = await createOrganizationWithMember(harness.db, { role: 'owner', name: 'Other Chapel' });
  ownerApi = await apiAs(owner);
  otherOwnerApi = await apiAs(otherOwner);
});
afterAll(() => harness.stop());

async function apiAs(member: TestMember): Promise<ApiClient> {
  return clientFor(harness.app, await signIn(harness.app, member.email, member.password));
}

/** A new member of the owner's organization, signed in. */
async function colleague(role: Role, name?: string) {
  const member = await addMember(harness.db, owner.tenant, role, { name });
  return { member, api: await apiAs(member) };
}

const uniqueEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.com`;

async function issuesOf(response: Response): Promise<string[]> {
  expect(response.status).toBe(400);
  const body = await jsonOf(response);
  expect(body.error.code).toBe('invalid_input');
  return body.error.issues.map((i: { path: string }) => i.path);
}

async function roleInDatabase(tenantId: string, userId: string): Promise<string | undefined> {
  const row = await harness.db.selectFrom('memberships').select('role').where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst();
  return row?.role;
}

describe('GET /api/team/members', () => {
  it("lists the organization's members, with their roles, to a read-only member", async () => {
    const { member, api } = await colleague('read_only', 'Rita Reader');
    const response = await api.get('/api/team/members');
    expect(response.status).toBe(200);
    const { members } = await jsonOf(response);
    expect(members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: owner.userId, email: owner.email, role: 'owner' }),
        expect.objectContaining({ userId: member.userId, name: 'Rita Reader', role: 'read_only' }),
      ]),
    );
    expect(new Date(members[0].joinedAt).getTime()).not.toBeNaN();
  });

  it("never shows another organization's members", async () => {
    const { members } = await jsonOf(ownerApi.get('/api/team/members'));
    expect(members.map((m: { userId: string }) => m.userId)).not.toContain(otherOwner.userId);
    const theirs = await jsonOf(otherOwnerApi.get('/api/team/members'));
    expect(theirs.members.map((m: { userId: string }) => m.userId)).toEqual([otherOwner.userId]);
  });
});

describe('PATCH /api/team/members/{userId}', () => {
  it('changes the role, which the member has from their next request', async () => {
    const { member, api } = await colleague('staff');
    const response = await ownerApi.patch(`/api/team/members/${member.userId}`, { role: 'admin' });
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toMatchObject({ userId: member.userId, role: 'admin' });
    expect((await jsonOf(api.get('/api/auth/session'))).role).toBe('admin');
    expect((await api.get('/api/team/invitations')).status).toBe(200);
  });

  it('names the wrong field', async () => {
    const { member } = await colleague('staff');
    expect(await issuesOf(await ownerApi.patch(`/api/team/members/${member.userId}`, { role: 'boss' }))).toContain('role');
    expect(await issuesOf(await ownerApi.patch('/api/team/members/not-a-uuid', { role: 'staff' }))).toContain('userId');
    expect(await roleInDatabase(owner.tenant.id, member.userId)).toBe('staff');
  });

  it('answers 404 for someone who is not a member, and for a member of another organization', async () => {
    const unknown = await ownerApi.patch(`/api/team/members/${randomUUID()}`, { role: 'staff' });
    expect(unknown.status).toBe(404);
    const foreign = await ownerApi.patch(`/api/team/members/${otherOwner.userId}`, { role: 'read_only' });
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(await jsonOf(foreign))).not.toContain(otherOwner.email);
    expect(await roleInDatabase(otherOwner.tenant.id, otherOwner.userId)).toBe('owner');
  });

  it('is for owners only', async () => {
    const { api } = await colleague('admin');
    const { member } = await colleague('staff');
    const response = await api.patch(`/api/team/members/${member.userId}`, { role: 'admin' });
    expect(response.status).toBe(403);
    expect(await roleInDatabase(owner.tenant.id, member.userId)).toBe('staff');
  });

  it('refuses to take the owner role from the last owner, and allows it once there is another', async () => {
    const solo = await createOrganizationWithMember(harness.db, { role: 'owner' });
    const soloApi = await apiAs(solo);
    const refused = await soloApi.patch(`/api/team/members/${solo.userId}`, { role: 'admin' });
    expect(refused.status).toBe(409);
    expect((await jsonOf(refused)).error.message).toMatch(/only owner/);
    expect(await roleInDatabase(solo.tenant.id, solo.userId)).toBe('owner');

    const second = await addMember(harness.db, solo.tenant, 'staff');
    expect((await soloApi.patch(`/api/team/members/${second.userId}`, { role: 'owner' })).status).toBe(200);
    expect((await soloApi.patch(`/api/team/members/${solo.userId}`, { role: 'admin' })).status).toBe(200);
    expect(await roleInDatabase(solo.tenant.id, solo.userId)).toBe('admin');
  });

  it('keeps one owner when two owners demote each other at the same moment', async () => {
    const first = await createOrganizationWithMember(harness.db, { role: 'owner' });
    const second = await addMember(harness.db, first.tenant, 'owner');
    const [firstApi, secondApi] = [await apiAs(first), await apiAs(second)];
    const responses = await Promise.all([
      firstApi.patch(`/api/team/members/${second.userId}`, { role: 'staff' }),
      secondApi.patch(`/api/team/members/${first.userId}`, { role: 'staff' }),
    ]);
    // The loser is refused either by the last-owner rule (409) or, when the winner committed before
    // its request was authorised, because it is no longer an owner (403); never both demoted.
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const owners = await harness.db.selectFrom('memberships').select('user_id').where('tenant_id', '=', first.tenant.id).where('role', '=', 'owner').execute();
    expect(owners).toHaveLength(1);
  });
});

describe('DELETE /api/team/members/{userId}', () => {
  it('removes the member, whose session in the organization ends at once', async () => {
    const { member, api } = await colleague('staff');
    const response = await ownerApi.delete(`/api/team/members/${member.userId}`);
    expect(response.status).toBe(204);
    expect((await api.get('/api/auth/session')).status).toBe(401);
    expect(await roleInDatabase(owner.tenant.id, member.userId)).toBeUndefined();
    const sessions = await harness.db.selectFrom('sessions').select('id').where('user_id', '=', member.userId).execute();
    expect(sessions).toEqual([]);
  });

  it('names a malformed id', async () => {
    expect(await issuesOf(await ownerApi.delete('/api/team/members/42'))).toContain('userId');
  });

  it("answers 404 for an unknown id and for another organization's member, who stays", async () => {
    expect((await ownerApi.delete(`/api/team/members/${randomUUID()}`)).status).toBe(404);
    expect((await ownerApi.delete(`/api/team/members/${otherOwner.userId}`)).status).toBe(404);
    expect(await roleInDatabase(otherOwner.tenant.id, otherOwner.userId)).toBe('owner');
  });

  it('is for owners only', async () => {
    const { api } = await colleague('admin');
    const { member } = await colleague('read_only');
    expect((await api.delete(`/api/team/members/${member.userId}`)).status).toBe(403);
    expect(await roleInDatabase(owner.tenant.id, member.userId)).toBe('read_only');
  });

  it('refuses to remove the last owner', async () => {
    const solo = await createOrganizationWithMember(harness.db, { role: 'owner' });
    const response = await (await apiAs(solo)).delete(`/api/team/members/${solo.userId}`);
    expect(response.status).toBe(409);
    expect((await jsonOf(response)).error.code).toBe('conflict');
    expect(await roleInDatabase(solo.tenant.id, solo.userId)).toBe('owner');
  });
});

describe('POST /api/team/invitations', () => {
  it('stores the invitation by the hash of its token and queues an email whose link opens it', async () => {
    const email = uniqueEmail();
    const response = await ownerApi.post('/api/team/invitations', { email: email.toUpperCase(), role: 'staff' });
    expect(response.status).toBe(201);
    const invitation = await jsonOf(response);
    expect(invitation).toMatchObject({ email, role: 'staff', invitedBy: { id: owner.userId } });
    const hours = (new Date(invitation.expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);

    const { email: sent, token } = await latestLink(harness.db, email, 'invitation', TEST_ORIGIN);
    expect(sent).toMatchObject({ tenantId: owner.tenant.id, to: email, purpose: 'invitation' });
    expect(sent.subject).toContain('Evergreen Chapel');
    expect(sent.body).toContain('as Staff');
    const row = await harness.db.selectFrom('invitations').select('token_hash').where('id', '=', invitation.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));

    const opened = await jsonOf(harness.app.request(`/api/invitations/${token}`));
    expect(opened).toMatchObject({ organization: { name: 'Evergreen Chapel' }, role: 'staff', email, hasAccount: false });
  });

  it('lets an admin invite staff and read-only members, but not admins or owners', async () => {
    const { api } = await colleague('admin');
    expect((await api.post('/api/team/invitations', { email: uniqueEmail(), role: 'read_only' })).status).toBe(201);
    const email = uniqueEmail();
    const refused = await api.post('/api/team/invitations', { email, role: 'admin' });
    expect(refused.status).toBe(403);
    expect((await jsonOf(refused)).error.message).toMatch(/Only an owner/);
    expect(await emailsTo(harness.db, email)).toEqual([]);
  });

  it('lets an owner invite another owner', async () => {
    expect((await ownerApi.post('/api/team/invitations', { email: uniqueEmail(), role: 'owner' })).status).toBe(201);
  });

  it('is not for staff', async () => {
    const { api } = await colleague('staff');
    const email = uniqueEmail();
    expect((await api.post('/api/team/invitations', { email, role: 'read_only' })).status).toBe(403);
    expect(await emailsTo(harness.db, email)).toEqual([]);
  });

  it('names the wrong field', async () => {
    expect(await issuesOf(await ownerApi.post('/api/team/invitations', { email: 'not-an-email', role: 'staff' }))).toContain('email');
    expect(await issuesOf(await ownerApi.post('/api/team/invitations', { email: uniqueEmail(), role: 'boss' }))).toContain('role');
  });

  it('refuses to invite someone who is already a member', async () => {
    const { member } = await colleague('staff');
    const response = await ownerApi.post('/api/team/invitations', { email: member.email, role: 'admin' });
    expect(response.status).toBe(409);
    expect((await jsonOf(response)).error.issues[0].path).toBe('email');
    expect(await emailsTo(harness.db, member.email)).toEqual([]);
  });

  it('replaces an earlier invitation to the same person: only the newest link works', async () => {
    const email = uniqueEmail();
    await ownerApi.post('/api/team/invitations', { email, role: 'staff' });
    const { token: first } = await latestLink(harness.db, email, 'invitation', TEST_ORIGIN);
    await ownerApi.post('/api/team/invitations', { email, role: 'admin' });
    const { token: second } = await latestLink(harness.db, email, 'invitation', TEST_ORIGIN);
    expect(second).not.toBe(first);

    const stale = await harness.app.request(`/api/invitations/${first}`);
    expect(stale.status).toBe(404);
    expect((await jsonOf(stale)).error.message).toBe('This invitation was withdrawn; ask for a new one.');
    expect((await jsonOf(harness.app.request(`/api/invitations/${second}`))).role).toBe('admin');
    const { invitations } = await jsonOf(ownerApi.get('/api/team/invitations'));
    expect(invitations.filter((i: { email: string }) => i.email === email).map((i: { role: string }) => i.role)).toEqual(['admin']);
  });
});

describe('GET /api/team/invitations', () => {
  it('lists the open invitations to an admin, not withdrawn, expired or accepted ones, nor another organization’s', async () => {
    const { api } = await colleague('admin');
    const [open, withdrawn, expired, accepted] = [uniqueEmail(), uniqueEmail(), uniqueEmail(), uniqueEmail()];
    const ids: Record<string, string> = {};
    for (const email of [open, withdrawn, expired, accepted]) {
      ids[email] = (await jsonOf(api.post('/api/team/invitations', { email, role: 'staff' }))).id;
    }
    await api.delete(`/api/team/invitations/${ids[withdrawn]}`);
    await harness.db.updateTable('invitations').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', ids[expired]!).execute();
    const { token } = await latestLink(harness.db, accepted, 'invitation', TEST_ORIGIN);
    await harness.app.request(`/api/invitations/${token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
      body: JSON.stringify({ name: 'Ann Accepted', password: 'a-long-password' }),
    });
    const foreign = uniqueEmail();
    await otherOwnerApi.post('/api/team/invitations', { email: foreign, role: 'staff' });

    const response = await api.get('/api/team/invitations');
    expect(response.status).toBe(200);
    const emails = (await jsonOf(response)).invitations.map((i: { email: string }) => i.email);
    expect(emails).toContain(open);
    expect(emails).not.toContain(withdrawn);
    expect(emails).not.toContain(expired);
    expect(emails).not.toContain(accepted);
    expect(emails).not.toContain(foreign);
  });

  it('is not for staff', async () => {
    const { api } = await colleague('staff');
    expect((await api.get('/api/team/invitations')).status).toBe(403);
  });
});

describe('DELETE /api/team/invitations/{id}', () => {
  async function invite(api: ApiClient, role: Role = 'staff') {
    const email = uniqueEmail();
    const invitation = await jsonOf(api.post('/api/team/invitations', { email, role }));
    const { token } = await latestLink(harness.db, email, 'invitation', TEST_ORIGIN);
    return { id: invitation.id as string, token };
  }

  it('withdraws the invitation: its link then says so', async () => {
    const { api } = await colleague('admin');
    const { id, token } = await invite(api);
    expect((await api.delete(`/api/team/invitations/${id}`)).status).toBe(204);
    const opened = await harness.app.request(`/api/invitations/${token}`);
    expect(opened.status).toBe(404);
    expect((await jsonOf(opened)).error.message).toMatch(/withdrawn/);
  });

  it('names a malformed id', async () => {
    expect(await issuesOf(await ownerApi.delete('/api/team/invitations/nope'))).toContain('id');
  });

  it("answers 404 for an unknown id and for another organization's invitation, which stays open", async () => {
    expect((await ownerApi.delete(`/api/team/invitations/${randomUUID()}`)).status).toBe(404);
    const theirs = await invite(otherOwnerApi);
    const response = await ownerApi.delete(`/api/team/invitations/${theirs.id}`);
    expect(response.status).toBe(404);
    expect((await harness.app.request(`/api/invitations/${theirs.token}`)).status).toBe(200);
  });

  it('is not for staff, and an admin cannot withdraw an invitation an owner made for an admin', async () => {
    const { id, token } = await invite(ownerApi, 'admin');
    const { api: staffApi } = await colleague('staff');
    expect((await staffApi.delete(`/api/team/invitations/${id}`)).status).toBe(403);
    const { api: adminApi } = await colleague('admin');
    expect((await adminApi.delete(`/api/team/invitations/${id}`)).status).toBe(403);
    expect((await harness.app.request(`/api/invitations/${token}`)).status).toBe(200);
  });

  it('refuses to withdraw an invitation that was accepted', async () => {
    const { id, token } = await invite(ownerApi);
    await harness.app.request(`/api/invitations/${token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
      body: JSON.stringify({ name: 'Quick Joiner', password: 'a-long-password' }),
    });
    const response = await ownerApi.delete(`/api/team/invitations/${id}`);
    expect(response.status).toBe(409);
    expect((await jsonOf(response)).error.message).toMatch(/remove the member/);
  });
});
