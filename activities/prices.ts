import type { Database } from '../db/database.js';
import { recordPriceQuotes } from '../db/queries/call-price-quotes.js';
import { listKnowledgeEntries } from '../db/queries/knowledge-entries.js';
import { listPriceListItems } from '../db/queries/price-list.js';
import { findPrices } from '../domain/prices/find-prices.js';
import type { PriceListItem } from '../domain/prices/price-list.js';

export type PriceLookup = {
  items: PriceListItem[];
  notOnList: string[];
  /** The organization has entered no price list: the agent says so and a person calls back. */
  noList: boolean;
  disclosures: string | null;
};

export function createPriceActivities(deps: { db: Database }) {
  return {
    /**
     * Answers a price question from the organization's General Price List and records every price
     * it returns as quoted on the call, once. Codes name items outright (a voice model may send them).
     */
    async quotePrices(input: { tenantId: string; callId: string; question: string; codes: string[]; now: string }): Promise<PriceLookup> {
      const list = await listPriceListItems(deps.db, { tenantId: input.tenantId });
      const found = findPrices(input.question, list);
      const named = list.filter((item) => input.codes.includes(item.code));
      const items = [...new Map([...named, ...found.items].map((item) => [item.code, item])).values()].map(
        ({ code, item, priceCents, startingPrice, description }): PriceListItem => ({ code, item, priceCents, startingPrice, description }),
      );
      await recordPriceQuotes(deps.db, { tenantId: input.tenantId, callId: input.callId, items, quotedAt: input.now });
      const disclosures = (await listKnowledgeEntries(deps.db, { tenantId: input.tenantId })).find((entry) => entry.topic === 'price_list_disclosures')?.answer ?? null;
      return { items, notOnList: found.notOnList, noList: list.length === 0, disclosures };
    },
  };
}
