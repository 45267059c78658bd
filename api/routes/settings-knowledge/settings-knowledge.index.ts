import { OpenAPIHono } from '@hono/zod-openapi';
import type { StoredKnowledgeEntry } from '../../../db/queries/knowledge-entries.js';
import type { StoredPublicService } from '../../../db/queries/public-services.js';
import { instantToLocal } from '../../../domain/dates/zoned-time.js';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { knowledgeEntries, publicServices } from '../../operations/knowledge-settings.js';
import { readScope, settingsListRoutes } from '../../settings-list-routes.js';
import {
  KNOWLEDGE_PATH,
  knowledgeEntryBodySchema,
  knowledgeEntryInputSchema,
  listKnowledgeRoute,
  listPublicServicesRoute,
  PUBLIC_SERVICES_PATH,
  publicServiceBodySchema,
  publicServiceInputSchema,
} from './settings-knowledge.routes.js';

const entryBody = (entry: StoredKnowledgeEntry) => ({ ...entry, updatedAt: entry.updatedAt.toISOString() });
const serviceBody = (timeZone: string) => (service: StoredPublicService) => {
  const startsAt = service.startsAt.toISOString();
  return { ...service, startsAt, localStart: instantToLocal(startsAt, timeZone) };
};

export function knowledgeSettingsRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook })
    .openapi(listKnowledgeRoute, async (c) => c.json({ items: (await knowledgeEntries.list(readScope(deps, c.var.auth))).map(entryBody) }, 200))
    .openapi(listPublicServicesRoute, async (c) => {
      const items = await publicServices.list(readScope(deps, c.var.auth));
      return c.json({ items: items.map(serviceBody(c.var.auth.organization.timeZone)) }, 200);
    });
  return app
    .route('/', settingsListRoutes({ deps, path: KNOWLEDGE_PATH, tag: 'settings', noun: 'answer', input: knowledgeEntryInputSchema, item: knowledgeEntryBodySchema, operations: knowledgeEntries, toBody: entryBody }))
    .route(
      '/',
      settingsListRoutes({
        deps,
        path: PUBLIC_SERVICES_PATH,
        tag: 'settings',
        noun: 'public service',
        input: publicServiceInputSchema,
        item: publicServiceBodySchema,
        operations: publicServices,
        toBody: (service, auth) => serviceBody(auth.organization.timeZone)(service),
      }),
    );
}
