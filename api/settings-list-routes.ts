import { OpenAPIHono, z } from '@hono/zod-openapi';
import { validationHook } from './errors.js';
import type { AuthEnv } from './middleware/session.js';
import type { SessionAuth } from '../db/queries/sessions.js';
import { defineRoute } from './route-access.js';
import { errorContent, invalidResponse, jsonContent, notFoundResponse } from './route-responses.js';
import type { ChangeScope, SettingsScope, settingsList } from './operations/settings-list.js';
import type { AppDeps } from './app-deps.js';

type Operations<Input, Stored extends { id: string }> = ReturnType<typeof settingsList<Input, Stored>>;

const idParams = z.object({ id: z.uuid('is not an id') });

/** Whoever is signed in, as the audit names them. */
export const changeScope = (deps: AppDeps, auth: SessionAuth): ChangeScope => ({
  db: deps.db,
  tenantId: auth.organization.id,
  actor: `${auth.user.name} <${auth.user.email}>`,
});

export const readScope = (deps: AppDeps, auth: SessionAuth): SettingsScope => ({ db: deps.db, tenantId: auth.organization.id });

/**
 * Add, change and remove for a list staff keep in settings: admins and owners change it, the
 * body is checked against the list's schema, each wrong field named. Each list's own file
 * defines how it is read.
 */
export function settingsListRoutes<Input extends z.ZodType, Item extends z.ZodType, Stored extends { id: string }>(options: {
  deps: AppDeps;
  path: string;
  tag: string;
  noun: string;
  input: Input;
  item: Item;
  operations: Operations<z.output<Input>, Stored>;
  /** The response body of one row; the signed-in member's organization gives its time zone. */
  toBody: (stored: Stored, auth: SessionAuth) => z.input<Item>;
}) {
  const { deps, path, tag, noun, input, item, operations, toBody } = options;
  const body = { required: true, content: jsonContent(input) };
  const add = defineRoute('admin', {
    method: 'post',
    path,
    tags: [tag],
    summary: `Add a ${noun}`,
    request: { body },
    responses: { 201: { description: 'Added', content: jsonContent(item) }, ...invalidResponse, 409: { description: 'Conflicts with one already there', content: errorContent } },
  });
  const change = defineRoute('admin', {
    method: 'put',
    path: `${path}/{id}`,
    tags: [tag],
    summary: `Change a ${noun}`,
    request: { params: idParams, body },
    responses: {
      200: { description: 'Changed', content: jsonContent(item) },
      ...invalidResponse,
      ...notFoundResponse(noun),
      409: { description: 'Conflicts with one already there', content: errorContent },
    },
  });
  const remove = defineRoute('admin', {
    method: 'delete',
    path: `${path}/{id}`,
    tags: [tag],
    summary: `Remove a ${noun}`,
    request: { params: idParams },
    responses: { 204: { description: 'Removed' }, ...invalidResponse, ...notFoundResponse(noun) },
  });
  // The routes' types are built from a path that is only a string here; the schemas above still
  // check every request, so the handlers read what they validated.
  type Validated = { valid(target: 'json'): z.output<Input>; valid(target: 'param'): { id: string } };
  const valid = (c: { req: unknown }) => c.req as Validated;
  return new OpenAPIHono<AuthEnv>({ defaultHook: validationHook })
    .openapi(add, async (c) => c.json(toBody(await operations.add(changeScope(deps, c.var.auth), valid(c).valid('json')), c.var.auth) as never, 201))
    .openapi(change, async (c) => {
      const stored = await operations.change(changeScope(deps, c.var.auth), valid(c).valid('param').id, valid(c).valid('json'));
      return c.json(toBody(stored, c.var.auth) as never, 200);
    })
    .openapi(remove, async (c) => {
      await operations.remove(changeScope(deps, c.var.auth), valid(c).valid('param').id);
      return c.body(null, 204);
    });
}
