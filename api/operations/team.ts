import { AppError } from '../../domain/app-error.js';
import type { Role } from '../../domain/team/roles.js';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/executor.js';
import { withOrganization } from '../../db/organization-scope.js';
import { deleteMemberSessions } from '../../db/queries/sessions.js';
import { deleteMembership, findMember, listMembers, lockOwners, setMemberRole, type Member } from '../../db/queries/users.js';

type Scope = { db: Database; tenantId: string };

export function listTeam(scope: Scope): Promise<Member[]> {
  return withOrganization(scope.db, scope.tenantId, (tx) => listMembers(tx, scope.tenantId));
}

/**
 * The member a change is about to apply to. `ownerLeavesBy` names the change when it would take
 * the owner role from them (null when they stay an owner): it is refused for the organization's
 * last owner, as someone must always be able to manage the team.
 */
async function memberToChange(tx: Tx, tenantId: string, userId: string, ownerLeavesBy: string | null): Promise<Member> {
  const owners = await lockOwners(tx, tenantId);
  const member = await findMember(tx, { tenantId, userId });
  if (!member) throw new AppError('not_found', `No member ${userId} in this organization.`);
  if (ownerLeavesBy && member.role === 'owner' && owners.length === 1) {
    throw new AppError('conflict', `${member.name} is the only owner of this organization; make someone else an owner before you ${ownerLeavesBy}.`);
  }
  return member;
}

export function changeMemberRole(scope: Scope, userId: string, role: Role): Promise<Member> {
  return withOrganization(scope.db, scope.tenantId, async (tx) => {
    const member = await memberToChange(tx, scope.tenantId, userId, role === 'owner' ? null : 'change their role');
    await setMemberRole(tx, { tenantId: scope.tenantId, userId, role });
    return { ...member, role };
  });
}

/** Their sessions acting for this organization end with the membership; their other memberships stay. */
export function removeMember(scope: Scope, userId: string): Promise<void> {
  return withOrganization(scope.db, scope.tenantId, async (tx) => {
    await memberToChange(tx, scope.tenantId, userId, 'remove them');
    await deleteMembership(tx, { tenantId: scope.tenantId, userId });
    await deleteMemberSessions(tx, { tenantId: scope.tenantId, userId });
  });
}
