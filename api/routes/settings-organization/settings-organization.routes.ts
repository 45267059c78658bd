import { z } from '@hono/zod-openapi';
import { tenantSettingsSchema } from '../../../domain/tenant-settings.js';
import { hasControlCharacters } from '../../../domain/plain-text.js';
import { defineRoute } from '../../route-access.js';
import { invalidResponse, jsonContent, named } from '../../route-responses.js';

const PATH = '/api/settings/organization';

export const organizationSettingsSchema = named(
  tenantSettingsSchema.extend({
    name: z
      .string({ error: 'name must be text' })
      .trim()
      .min(1, 'name must not be empty')
      .max(200, 'name must be at most 200 characters')
      .refine((value) => !hasControlCharacters(value), 'name must not contain control characters'),
  }),
  'OrganizationSettings',
);

export const readOrganizationRoute = defineRoute('read_only', {
  method: 'get',
  path: PATH,
  tags: ['settings'],
  summary: "The organization's name, time zone, country, opening hours, buffer, notice and service lengths",
  responses: { 200: { description: 'Settings', content: jsonContent(organizationSettingsSchema) } },
});

export const changeOrganizationRoute = defineRoute('admin', {
  method: 'put',
  path: PATH,
  tags: ['settings'],
  summary: 'Change them all at once; the next call reads them, and what changed is audited',
  request: { body: { required: true, content: jsonContent(organizationSettingsSchema) } },
  responses: { 200: { description: 'Changed', content: jsonContent(organizationSettingsSchema) }, ...invalidResponse },
});
