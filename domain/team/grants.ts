import { roleAtLeast, type Role } from './roles.js';

/**
 * Whether a member may hand someone this role (by invitation): an owner any role, an admin only the
 * roles below their own, so no one can make a peer or a superior of their choosing.
 */
export function mayGrant(actor: Role, role: Role): boolean {
  if (actor === 'owner') return true;
  return actor === 'admin' && !roleAtLeast(role, 'admin');
}
