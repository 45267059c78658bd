import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { addInteraction, createContact, getContact, listContacts, mergeContacts, updateContact } from '../../operations/contacts.js';
import {
  addInteractionRoute,
  createContactRoute,
  getContactRoute,
  listContactsRoute,
  mergeContactRoute,
  updateContactRoute,
} from './contacts.routes.js';
import { toContactBody, toInteractionBody } from './contacts.schemas.js';

export function contactRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  const scope = (tenantId: string) => ({ db: deps.db, tenantId });

  return app
    .openapi(listContactsRoute, async (c) => {
      const { page, pageSize, q, ...filters } = c.req.valid('query');
      const result = await listContacts(scope(c.var.tenantId), { ...filters, search: q, limit: pageSize, offset: (page - 1) * pageSize });
      return c.json({ items: result.items.map(toContactBody), page, pageSize, hasMore: result.hasMore }, 200);
    })
    .openapi(createContactRoute, async (c) => c.json(toContactBody(await createContact(scope(c.var.tenantId), c.req.valid('json'))), 201))
    .openapi(getContactRoute, async (c) => {
      const detail = await getContact(scope(c.var.tenantId), c.req.valid('param').id);
      return c.json(
        { contact: toContactBody(detail.contact), interactions: detail.interactions.map(toInteractionBody), duplicates: detail.duplicates.map(toContactBody) },
        200,
      );
    })
    .openapi(updateContactRoute, async (c) =>
      c.json(toContactBody(await updateContact(scope(c.var.tenantId), c.req.valid('param').id, c.req.valid('json'))), 200),
    )
    .openapi(mergeContactRoute, async (c) => {
      const merged = await mergeContacts({ ...scope(c.var.tenantId), userId: c.var.auth.user.id }, c.req.valid('param').id, c.req.valid('json').otherId);
      return c.json(toContactBody(merged), 200);
    })
    .openapi(addInteractionRoute, async (c) => {
      await addInteraction({ ...scope(c.var.tenantId), userId: c.var.auth.user.id }, c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    });
}
