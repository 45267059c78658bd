import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { changeOrganizationSettings, readOrganizationSettings } from '../../operations/organization-settings.js';
import { changeScope, readScope } from '../../settings-list-routes.js';
import { changeOrganizationRoute, readOrganizationRoute } from './settings-organization.routes.js';

export function organizationSettingsRoutes(deps: AppDeps) {
  return new OpenAPIHono<AuthEnv>({ defaultHook: validationHook })
    .openapi(readOrganizationRoute, async (c) => c.json(await readOrganizationSettings(readScope(deps, c.var.auth)), 200))
    .openapi(changeOrganizationRoute, async (c) => c.json(await changeOrganizationSettings(changeScope(deps, c.var.auth), c.req.valid('json')), 200));
}
