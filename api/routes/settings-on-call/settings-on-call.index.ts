import { OpenAPIHono } from '@hono/zod-openapi';
import type { PagingSettings } from '../../../db/queries/tenants.js';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { changePagingSettings, onCallRota, readOnCallRota, readPagingSettings } from '../../operations/on-call-settings.js';
import { changeScope, readScope, settingsListRoutes } from '../../settings-list-routes.js';
import { changePagingRoute, listRotaRoute, readPagingRoute, ROTA_PATH, rotaEntryBodySchema, rotaEntryInputSchema } from './settings-on-call.routes.js';

const pagingBody = (settings: PagingSettings) => ({ acknowledgeMinutes: settings.acknowledgeMinutes, callbackPromiseMinutes: settings.callbackMinutes });

export function onCallSettingsRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook })
    .openapi(listRotaRoute, async (c) => c.json(await readOnCallRota(readScope(deps, c.var.auth), new Date()), 200))
    .openapi(readPagingRoute, async (c) => c.json(pagingBody(await readPagingSettings(readScope(deps, c.var.auth))), 200))
    .openapi(changePagingRoute, async (c) => {
      const { acknowledgeMinutes, callbackPromiseMinutes } = c.req.valid('json');
      return c.json(pagingBody(await changePagingSettings(changeScope(deps, c.var.auth), { acknowledgeMinutes, callbackMinutes: callbackPromiseMinutes })), 200);
    });
  return app.route(
    '/',
    settingsListRoutes({ deps, path: ROTA_PATH, tag: 'settings', noun: 'rota entry', input: rotaEntryInputSchema, item: rotaEntryBodySchema, operations: onCallRota, toBody: (entry) => entry }),
  );
}
