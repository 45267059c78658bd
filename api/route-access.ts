import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../domain/app-error.js';
import { ROLE_LABELS, roleAtLeast, type Role } from '../domain/team/roles.js';
import { errorBodySchema } from './errors.js';
import type { AuthEnv, TenantEnv } from './middleware/session.js';

/** Who may call a route: anyone, or a signed-in member with at least this role. */
export type Access = 'public' | Role;

const declared = new Map<string, Access>();

/** The access each registered route declared, by `METHOD /path/:param`; the route test reads it. */
export function declaredAccess(method: string, path: string): Access | undefined {
  return declared.get(`${method.toUpperCase()} ${path}`);
}

/** For the few routes Hono serves itself (the OpenAPI document and its viewer). */
export function declarePublic(method: string, path: string): void {
  declared.set(`${method.toUpperCase()} ${path}`, 'public');
}

function requireRole(needed: Role) {
  return createMiddleware<TenantEnv>(async (c, next) => {
    const auth = (c.var as Partial<AuthEnv['Variables']>).auth;
    if (!auth) throw new AppError('unauthenticated', 'Please sign in.');
    if (!roleAtLeast(auth.role, needed)) {
      throw new AppError('forbidden', `This needs the ${ROLE_LABELS[needed]} role or higher; you are ${ROLE_LABELS[auth.role]}.`);
    }
    c.set('auth', auth);
    c.set('tenantId', auth.organization.id);
    await next();
  });
}

const errorContent = { 'application/json': { schema: errorBodySchema } };
const guardedResponses = {
  401: { description: 'Not signed in', content: errorContent },
  403: { description: 'Signed in without the role this needs, or CSRF token missing', content: errorContent },
} as const;

/**
 * A route whose access rule is part of its definition: the rule's middleware runs before the
 * handler and its refusals are in the OpenAPI document. Routes are defined only through this.
 */
export function defineRoute<const P extends string, const R extends Omit<RouteConfig, 'path' | 'middleware'> & { path: P }>(access: 'public', config: R): ReturnType<typeof createRoute<P, R>>;
export function defineRoute<const P extends string, const R extends Omit<RouteConfig, 'path' | 'middleware'> & { path: P }>(
  access: Role,
  config: R,
): ReturnType<typeof createRoute<P, R & { middleware: ReturnType<typeof requireRole> }>>;
export function defineRoute(access: Access, config: RouteConfig) {
  const route =
    access === 'public'
      ? createRoute(config)
      : createRoute({ ...config, middleware: requireRole(access), responses: { ...guardedResponses, ...config.responses } });
  declared.set(`${config.method.toUpperCase()} ${route.getRoutingPath()}`, access);
  return route;
}
