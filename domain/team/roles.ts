import { z } from 'zod';

/** What a member may do, weakest first: each role can do everything the ones before it can. */
export const ROLES = ['read_only', 'staff', 'admin', 'owner'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = { read_only: 'Read-only', staff: 'Staff', admin: 'Admin', owner: 'Owner' };

export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** A stored role; an unknown value (a hand-edited row) gets the least access, never more. */
export function parseRole(value: string): Role {
  const parsed = roleSchema.safeParse(value);
  return parsed.success ? parsed.data : 'read_only';
}
