import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../domain/app-error.js';
import type { Database } from '../../db/database.js';
import { findSessionAuth, type SessionAuth } from '../../db/queries/sessions.js';
import { sessionIdFromToken } from '../operations/session-token.js';

export const SESSION_COOKIE = 'session';

export type AuthEnv = { Variables: { auth: SessionAuth | null } };
export type TenantEnv = { Variables: { auth: SessionAuth; tenantId: string } };

/** Loads the caller's session, if the cookie names a live one. Never rejects by itself. */
export function sessionMiddleware(db: Database) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('auth', token ? await findSessionAuth(db, sessionIdFromToken(token), new Date()) : null);
    await next();
  });
}

/**
 * The tenant guard every organization route sits behind: a signed-in member, and the organization
 * they act for, which queries must filter by. Optionally restricted to owners.
 */
export function tenantGuard(options: { role?: 'owner' } = {}) {
  return createMiddleware<TenantEnv>(async (c, next) => {
    const auth = (c.var as Partial<AuthEnv['Variables']>).auth;
    if (!auth) throw new AppError('unauthenticated', 'Please sign in.');
    if (options.role === 'owner' && auth.role !== 'owner') {
      throw new AppError('forbidden', 'Only an owner of this organization can do that.');
    }
    c.set('auth', auth);
    c.set('tenantId', auth.organization.id);
    await next();
  });
}
