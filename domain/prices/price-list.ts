import { z } from 'zod';
import { hasControlCharacters } from '../plain-text.js';

/** One line of an organization's General Price List, money in cents. */
export const priceListItemSchema = z
  .object({
    code: z
      .string({ error: 'code must be text' })
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'code must be lower-case letters, digits and hyphens, for example direct-cremation'),
    item: z
      .string({ error: 'item must be text' })
      .trim()
      .min(1, 'item must not be empty')
      .max(200, 'item must be at most 200 characters')
      .refine((value) => !hasControlCharacters(value), 'item must not contain control characters'),
    priceCents: z
      .number({ error: 'priceCents must be a whole number of cents' })
      .int('priceCents must be a whole number of cents')
      .min(0, 'priceCents must not be negative')
      .max(100_000_000, 'priceCents must be at most 100000000'),
    /** "Caskets from $995": the price is where the range starts. */
    startingPrice: z.boolean({ error: 'startingPrice must be true or false' }).default(false),
    description: z.string().trim().max(1000, 'description must be at most 1000 characters').nullable().default(null),
  })
  .strict();
export type PriceListItem = z.infer<typeof priceListItemSchema>;

/** Dollars as said on the phone: "$1,895", "$12.50". */
export function spokenPrice(cents: number): string {
  const dollars = cents / 100;
  return `$${dollars.toLocaleString('en-US', { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })}`;
}

/** One item as the agent says it: "direct cremation with an alternative container is $1,895". */
export function spokenItem(item: Pick<PriceListItem, 'item' | 'priceCents' | 'startingPrice'>): string {
  return `${item.item} ${item.startingPrice ? 'starts at' : 'is'} ${spokenPrice(item.priceCents)}`;
}
