import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { priceList } from '../../operations/price-list-settings.js';
import { readScope, settingsListRoutes } from '../../settings-list-routes.js';
import { listPriceListRoute, PRICE_LIST_PATH, priceListItemBodySchema, priceListItemInputSchema } from './settings-price-list.routes.js';

export function priceListSettingsRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook }).openapi(listPriceListRoute, async (c) =>
    c.json({ items: await priceList.list(readScope(deps, c.var.auth)) }, 200),
  );
  return app.route(
    '/',
    settingsListRoutes({ deps, path: PRICE_LIST_PATH, tag: 'settings', noun: 'price list item', input: priceListItemInputSchema, item: priceListItemBodySchema, operations: priceList, toBody: (item) => item }),
  );
}
