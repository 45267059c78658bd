import { parseRole, type Role } from '../../domain/team/roles.js';
import type { Executor } from '../executor.js';

export type Invitation = {
  id: string;
  tenantId: string;
  email: string;
  role: Role;
  invitedBy: { id: string; name: string } | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

/** An invitation as its link shows it: to which organization, from whom. */
export type InvitationForLink = Invitation & { organizationName: string };

function selectInvitations(db: Executor) {
  return db
    .selectFrom('invitations as i')
    .leftJoin('users as u', 'u.id', 'i.invited_by')
    .select(['i.id', 'i.tenant_id', 'i.email', 'i.role', 'i.invited_by', 'u.name as inviter_name', 'i.created_at', 'i.expires_at', 'i.accepted_at', 'i.revoked_at']);
}

type InvitationRow = Awaited<ReturnType<ReturnType<typeof selectInvitations>['executeTakeFirstOrThrow']>>;

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    email: row.email,
    role: parseRole(row.role),
    invitedBy: row.invited_by && row.inviter_name !== null ? { id: row.invited_by, name: row.inviter_name } : null,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
  };
}

/** Withdraws open invitations of the organization; the caller narrows it to the ones meant. */
function withdrawOpen(db: Executor, tenantId: string, at: Date) {
  return db.updateTable('invitations').set({ revoked_at: at }).where('tenant_id', '=', tenantId).where('accepted_at', 'is', null).where('revoked_at', 'is', null);
}

/** Withdraws the person's open invitation, if any, so the one about to be sent is the only link that works. */
export async function revokeOpenInvitationsTo(db: Executor, input: { tenantId: string; email: string; at: Date }): Promise<void> {
  await withdrawOpen(db, input.tenantId, input.at).where('email', '=', input.email).execute();
}

export async function insertInvitation(
  db: Executor,
  input: { tenantId: string; email: string; role: Role; tokenHash: string; invitedBy: string; expiresAt: Date },
): Promise<Invitation> {
  const { id } = await db
    .insertInto('invitations')
    .values({
      tenant_id: input.tenantId,
      email: input.email,
      role: input.role,
      token_hash: input.tokenHash,
      invited_by: input.invitedBy,
      expires_at: input.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findInvitation(db, { tenantId: input.tenantId, id }))!;
}

export async function findInvitation(db: Executor, input: { tenantId: string; id: string }): Promise<Invitation | null> {
  const row = await selectInvitations(db).where('i.tenant_id', '=', input.tenantId).where('i.id', '=', input.id).executeTakeFirst();
  return row ? toInvitation(row) : null;
}

/** Invitations that can still be accepted, newest first. */
export async function listOpenInvitations(db: Executor, input: { tenantId: string; now: Date }): Promise<Invitation[]> {
  const rows = await selectInvitations(db)
    .where('i.tenant_id', '=', input.tenantId)
    .where('i.accepted_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .where('i.expires_at', '>', input.now)
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id')
    .execute();
  return rows.map(toInvitation);
}

export async function revokeInvitation(db: Executor, input: { tenantId: string; id: string; at: Date }): Promise<void> {
  await withdrawOpen(db, input.tenantId, input.at).where('id', '=', input.id).execute();
}

/**
 * The invitation a link's token opens, in whichever organization it is: the token is the only
 * thing its holder has, so this is the one lookup not filtered by an organization.
 */
export async function findInvitationByTokenHash(db: Executor, tokenHash: string): Promise<InvitationForLink | null> {
  const row = await selectInvitations(db)
    .innerJoin('tenants as t', 't.id', 'i.tenant_id')
    .select('t.name as organization_name')
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? { ...toInvitation(row), organizationName: row.organization_name } : null;
}

/**
 * Marks the invitation used, locking it until the transaction ends: a second acceptance of the same
 * link waits, then finds it used. False when it was used, withdrawn or expired meanwhile.
 */
export async function claimInvitation(db: Executor, input: { tenantId: string; id: string; now: Date }): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: input.now })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', input.now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setInvitationAcceptedBy(db: Executor, input: { tenantId: string; id: string; userId: string }): Promise<void> {
  await db.updateTable('invitations').set({ accepted_by: input.userId }).where('tenant_id', '=', input.tenantId).where('id', '=', input.id).execute();
}
