import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { checkContactRows, exportContacts, importContactRows } from '../../operations/contact-files.js';
import { checkContactRowsRoute, exportContactsRoute, importContactRowsRoute } from './contact-files.routes.js';

export function contactFileRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  const scope = (tenantId: string) => ({ db: deps.db, tenantId });

  return app
    .openapi(exportContactsRoute, async (c) => {
      const { q, ...filters } = c.req.valid('query');
      const file = await exportContacts({ ...scope(c.var.tenantId), timeZone: c.var.auth.organization.timeZone }, { ...filters, search: q }, new Date());
      return c.body(file.csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'private, no-store',
      });
    })
    .openapi(checkContactRowsRoute, async (c) => c.json(await checkContactRows(scope(c.var.tenantId), c.req.valid('json')), 200))
    .openapi(importContactRowsRoute, async (c) => c.json(await importContactRows(scope(c.var.tenantId), c.req.valid('json')), 200));
}
