import { AppError } from '../../domain/app-error.js';
import { invitationEmail } from '../../domain/team/emails.js';
import { mayGrant } from '../../domain/team/grants.js';
import { ROLE_LABELS, ROLES, type Role } from '../../domain/team/roles.js';
import { withOrganization } from '../../db/organization-scope.js';
import { isUniqueViolation } from '../../db/postgres-errors.js';
import {
  claimInvitation,
  findInvitation,
  findInvitationByTokenHash,
  insertInvitation,
  listOpenInvitations,
  revokeInvitation as markRevoked,
  revokeOpenInvitationsTo,
  setInvitationAcceptedBy,
  type Invitation,
  type InvitationForLink,
} from '../../db/queries/invitations.js';
import type { SessionAuth } from '../../db/queries/sessions.js';
import { findMemberByEmail, findUserByEmail, insertMembership, insertUser } from '../../db/queries/users.js';
import type { AppDeps } from '../app-deps.js';
import { INVITATION_LINK, usableLink, type LinkState } from './one-time-links.js';
import { hashPassword, verifyPassword } from './password.js';
import { linkTokenHash, newToken } from './session-token.js';
import { checkPasswordWithinLimits } from './sign-in-limits.js';
import { startSession } from './start-session.js';

type Scope = { db: AppDeps['db']; tenantId: string };

const invitationState = (invitation: Invitation): LinkState => ({
  usedAt: invitation.acceptedAt,
  withdrawnAt: invitation.revokedAt,
  expiresAt: invitation.expiresAt,
});

function refuseUngrantable(actor: Role, role: Role, doing: 'invite someone' | 'withdraw an invitation to join'): void {
  if (mayGrant(actor, role)) return;
  const grantable = ROLES.filter((r) => mayGrant(actor, r)).map((r) => ROLE_LABELS[r]);
  throw new AppError('forbidden', `Only an owner can ${doing} as ${ROLE_LABELS[role]}; as ${ROLE_LABELS[actor]} you can invite ${grantable.join(' or ')} members.`);
}

/**
 * Invites someone by email to the signed-in member's organization and queues the email with the
 * link. Inviting the same person again withdraws the earlier link, so only the newest one works.
 */
export async function createInvitation(
  deps: Pick<AppDeps, 'db' | 'email' | 'webOrigin' | 'inviteTtlHours'>,
  auth: SessionAuth,
  input: { email: string; role: Role },
  now: Date,
): Promise<Invitation> {
  refuseUngrantable(auth.role, input.role, 'invite someone');
  const tenantId = auth.organization.id;
  const email = input.email.trim().toLowerCase();
  const token = newToken();
  const invitation = await withOrganization(deps.db, tenantId, async (tx) => {
    if (await findMemberByEmail(tx, { tenantId, email })) {
      throw new AppError('conflict', `${email} is already a member of this organization.`, { issues: [{ path: 'email', message: 'is already a member' }] });
    }
    await revokeOpenInvitationsTo(tx, { tenantId, email, at: now });
    return insertInvitation(tx, {
      tenantId,
      email,
      role: input.role,
      tokenHash: linkTokenHash(token),
      invitedBy: auth.user.id,
      expiresAt: new Date(now.getTime() + deps.inviteTtlHours * 3_600_000),
    });
  }).catch((error: unknown) => {
    if (isUniqueViolation(error, 'invitations_one_open_key')) {
      throw new AppError('conflict', `Someone invited ${email} at the same moment; the list of invitations shows theirs.`);
    }
    throw error;
  });
  const text = invitationEmail({
    organizationName: auth.organization.name,
    inviterName: auth.user.name,
    role: input.role,
    link: `${deps.webOrigin}/invite/${token}`,
    ttlHours: deps.inviteTtlHours,
  });
  await deps.email.send({ tenantId, to: email, ...text, purpose: 'invitation', idempotencyKey: `invitation:${invitation.id}` });
  return invitation;
}

export function listInvitations(scope: Scope, now: Date): Promise<Invitation[]> {
  return withOrganization(scope.db, scope.tenantId, (tx) => listOpenInvitations(tx, { tenantId: scope.tenantId, now }));
}

/** Withdraws an invitation that has not been accepted; withdrawing it twice is the same as once. */
export function revokeInvitation(scope: Scope & { actorRole: Role }, id: string, now: Date): Promise<void> {
  return withOrganization(scope.db, scope.tenantId, async (tx) => {
    const invitation = await findInvitation(tx, { tenantId: scope.tenantId, id });
    if (!invitation) throw new AppError('not_found', `No invitation ${id} in this organization.`);
    refuseUngrantable(scope.actorRole, invitation.role, 'withdraw an invitation to join');
    if (invitation.acceptedAt) throw new AppError('conflict', `${invitation.email} has already accepted this invitation; remove the member instead.`);
    await markRevoked(tx, { tenantId: scope.tenantId, id, at: now });
  });
}

/** What the link shows before it is accepted; a 404 that says why when it no longer works. */
export async function openInvitation(db: AppDeps['db'], token: string, now: Date): Promise<InvitationForLink & { hasAccount: boolean }> {
  const invitation = usableLink(await findInvitationByTokenHash(db, linkTokenHash(token)), invitationState, now, INVITATION_LINK);
  return { ...invitation, hasAccount: (await findUserByEmail(db, invitation.email)) !== null };
}

/** The account joining: an existing one once its password is proven, or the one to create. */
async function accountFor(
  db: AppDeps['db'],
  invitation: InvitationForLink,
  input: { name: string | undefined; password: string; address: string },
  now: Date,
): Promise<{ id: string } | { email: string; name: string; passwordHash: string }> {
  const existing = await findUserByEmail(db, invitation.email);
  if (existing) {
    const matches = await checkPasswordWithinLimits(db, { email: existing.email, address: input.address }, now, () => verifyPassword(existing.passwordHash, input.password));
    if (!matches) throw new AppError('unauthenticated', `${existing.email} already has an account: enter its password to join ${invitation.organizationName}.`);
    return { id: existing.id };
  }
  if (!input.name) {
    throw new AppError('invalid_input', 'Invalid request: name: tell us your name to create your account', {
      issues: [{ path: 'name', message: 'tell us your name to create your account' }],
    });
  }
  return { email: invitation.email, name: input.name, passwordHash: await hashPassword(input.password) };
}

/**
 * Accepts the invitation and signs the person in to its organization. Someone new chooses their
 * name and password; someone who already has an account proves it with that account's password
 * (counted like a sign-in, so a leaked link is no way to guess it).
 */
export async function acceptInvitation(
  deps: Pick<AppDeps, 'db' | 'sessionTtlHours'>,
  input: { token: string; name: string | undefined; password: string; address: string },
  now: Date,
) {
  const invitation = usableLink(await findInvitationByTokenHash(deps.db, linkTokenHash(input.token)), invitationState, now, INVITATION_LINK);
  const account = await accountFor(deps.db, invitation, input, now);
  const { tenantId } = invitation;
  const userId = await withOrganization(deps.db, tenantId, async (tx) => {
    // Claimed before the account is made, so a second acceptance at the same moment waits here
    // and then finds the link used, rather than making the same account twice.
    if (!(await claimInvitation(tx, { tenantId, id: invitation.id, now }))) {
      usableLink(await findInvitation(tx, { tenantId, id: invitation.id }), invitationState, now, INVITATION_LINK);
      throw new AppError('not_found', INVITATION_LINK.used);
    }
    const id = 'id' in account ? account.id : (await insertUser(tx, account)).id;
    await setInvitationAcceptedBy(tx, { tenantId, id: invitation.id, userId: id });
    if (!(await insertMembership(tx, { tenantId, userId: id, role: invitation.role }))) {
      throw new AppError('conflict', `You are already a member of ${invitation.organizationName}; sign in instead.`);
    }
    return id;
  });
  return startSession(deps.db, { userId, tenantId, now, ttlHours: deps.sessionTtlHours });
}
