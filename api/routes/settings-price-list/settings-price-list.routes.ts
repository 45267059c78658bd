import { z } from '@hono/zod-openapi';
import { priceListItemSchema } from '../../../domain/prices/price-list.js';
import { defineRoute } from '../../route-access.js';
import { jsonContent, named } from '../../route-responses.js';

export const PRICE_LIST_PATH = '/api/settings/price-list';

export const priceListItemInputSchema = named(priceListItemSchema, 'PriceListItemInput');

export const priceListItemBodySchema = z
  .object({
    id: z.string(),
    code: z.string(),
    item: z.string(),
    priceCents: z.number().int(),
    startingPrice: z.boolean().openapi({ description: 'The price is where a range starts ("from $995")' }),
    description: z.string().nullable(),
    position: z.number().int(),
  })
  .openapi('PriceListItem');

export const listPriceListRoute = defineRoute('read_only', {
  method: 'get',
  path: PRICE_LIST_PATH,
  tags: ['settings'],
  summary: 'The General Price List the agent quotes from, in the order staff keep it',
  responses: { 200: { description: 'Price list', content: jsonContent(z.object({ items: z.array(priceListItemBodySchema) })) } },
});
