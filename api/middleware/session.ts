import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Database } from '../../db/database.js';
import { findSessionAuth, type SessionAuth } from '../../db/queries/sessions.js';
import { sessionIdFromToken } from '../operations/session-token.js';

export const SESSION_COOKIE = 'session';

/** The cookie every way of signing in ends with, so a session looks the same however it began. */
export function setSessionCookie(c: Context, token: string, options: { secure: boolean; ttlHours: number }): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: options.secure, path: '/', maxAge: options.ttlHours * 3600 });
}

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
