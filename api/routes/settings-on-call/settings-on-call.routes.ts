import { z } from '@hono/zod-openapi';
import { ROTA_ROLES, rotaEntrySchema } from '../../../domain/paging/on-call-rota.js';
import { defineRoute } from '../../route-access.js';
import { invalidResponse, jsonContent, named } from '../../route-responses.js';

export const ROTA_PATH = '/api/settings/on-call-rota';

export const rotaEntryInputSchema = named(rotaEntrySchema, 'RotaEntryInput');

export const rotaEntryBodySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    phone: z.string().openapi({ description: 'E.164' }),
    role: z.enum(ROTA_ROLES),
    weekdays: z.array(z.number().int()).openapi({ description: '1 = Monday … 7 = Sunday' }),
    from: z.string().openapi({ description: 'Local HH:MM' }),
    until: z.string().openapi({ description: "Local HH:MM; '24:00' is midnight; before from runs overnight" }),
    position: z.number().int(),
  })
  .openapi('RotaEntry');

const onCallPersonSchema = z.object({ name: z.string(), phone: z.string(), role: z.enum(ROTA_ROLES) }).openapi('OnCallPerson');

export const listRotaRoute = defineRoute('read_only', {
  method: 'get',
  path: ROTA_PATH,
  tags: ['settings'],
  summary: 'The on-call rota, and whom a page started now would text, in order',
  responses: {
    200: { description: 'Rota', content: jsonContent(z.object({ items: z.array(rotaEntryBodySchema), onCallNow: z.array(onCallPersonSchema) })) },
  },
});

export const pagingSettingsSchema = z
  .object({
    acknowledgeMinutes: z.number({ error: 'acknowledgeMinutes must be a number of minutes' }).int('acknowledgeMinutes must be whole minutes').min(1, 'acknowledgeMinutes must be at least 1').max(60, 'acknowledgeMinutes must be at most 60'),
    callbackPromiseMinutes: z
      .number({ error: 'callbackPromiseMinutes must be a number of minutes' })
      .int('callbackPromiseMinutes must be whole minutes')
      .min(5, 'callbackPromiseMinutes must be at least 5')
      .max(240, 'callbackPromiseMinutes must be at most 240'),
  })
  .strict()
  .openapi('PagingSettings');

export const readPagingRoute = defineRoute('read_only', {
  method: 'get',
  path: '/api/settings/paging',
  tags: ['settings'],
  summary: 'How long a page waits for each person, and how soon the family is promised a call back',
  responses: { 200: { description: 'Paging settings', content: jsonContent(pagingSettingsSchema) } },
});

export const changePagingRoute = defineRoute('admin', {
  method: 'put',
  path: '/api/settings/paging',
  tags: ['settings'],
  summary: 'Change the paging minutes; the next page uses them',
  request: { body: { required: true, content: jsonContent(pagingSettingsSchema) } },
  responses: { 200: { description: 'Changed', content: jsonContent(pagingSettingsSchema) }, ...invalidResponse },
});
