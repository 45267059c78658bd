import { describe, expect, it } from 'vitest';
import { mayGrant } from './grants.js';
import { ROLES } from './roles.js';

describe('mayGrant', () => {
  it('lets an owner grant every role', () => {
    expect(ROLES.filter((role) => mayGrant('owner', role))).toEqual(ROLES);
  });

  it('lets an admin grant only staff and read-only', () => {
    expect(ROLES.filter((role) => mayGrant('admin', role))).toEqual(['read_only', 'staff']);
  });

  it('lets staff and read-only members grant nothing', () => {
    expect(ROLES.filter((role) => mayGrant('staff', role) || mayGrant('read_only', role))).toEqual([]);
  });
});
