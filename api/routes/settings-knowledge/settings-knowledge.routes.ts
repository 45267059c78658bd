import { z } from '@hono/zod-openapi';
import { KNOWLEDGE_TOPICS, knowledgeEntrySchema, PUBLIC_SERVICE_KINDS, publicServiceFormSchema } from '../../../domain/knowledge/organization-knowledge.js';
import { defineRoute } from '../../route-access.js';
import { jsonContent, named } from '../../route-responses.js';

export const KNOWLEDGE_PATH = '/api/settings/knowledge';
export const PUBLIC_SERVICES_PATH = '/api/settings/public-services';

export const knowledgeEntryInputSchema = named(knowledgeEntrySchema, 'KnowledgeEntryInput');

export const knowledgeEntryBodySchema = z
  .object({ id: z.string(), topic: z.enum(KNOWLEDGE_TOPICS), question: z.string().nullable(), answer: z.string(), updatedAt: z.string() })
  .openapi('KnowledgeEntry');

export const publicServiceInputSchema = named(publicServiceFormSchema, 'PublicServiceInput');

export const publicServiceBodySchema = z
  .object({
    id: z.string(),
    name: z.string().openapi({ description: 'Whose service it is' }),
    kind: z.enum(PUBLIC_SERVICE_KINDS),
    startsAt: z.string().openapi({ description: 'ISO instant' }),
    localStart: z.string().openapi({ description: "YYYY-MM-DDTHH:MM in the organization's time zone" }),
    place: z.string(),
    published: z.boolean().openapi({ description: 'The family agreed that callers may be told' }),
  })
  .openapi('PublicService');

export const listKnowledgeRoute = defineRoute('read_only', {
  method: 'get',
  path: KNOWLEDGE_PATH,
  tags: ['settings'],
  summary: 'What the agent answers about the organization, by topic',
  responses: { 200: { description: 'Answers', content: jsonContent(z.object({ items: z.array(knowledgeEntryBodySchema) })) } },
});

export const listPublicServicesRoute = defineRoute('read_only', {
  method: 'get',
  path: PUBLIC_SERVICES_PATH,
  tags: ['settings'],
  summary: 'Visitations, funerals and memorials staff entered, soonest first',
  responses: { 200: { description: 'Public services', content: jsonContent(z.object({ items: z.array(publicServiceBodySchema) })) } },
});
