import type { PriceListItem } from '../../domain/prices/price-list.js';
import type { Executor } from '../executor.js';

export type PriceQuote = { code: string; item: string; priceCents: number; startingPrice: boolean; quotedAt: Date };

/** Records each price quoted on a call once, as the list said it when it was quoted. */
export async function recordPriceQuotes(db: Executor, input: { tenantId: string; callId: string; items: readonly PriceListItem[]; quotedAt: string }): Promise<void> {
  if (input.items.length === 0) return;
  await db
    .insertInto('call_price_quotes')
    .values(
      input.items.map((item) => ({
        tenant_id: input.tenantId,
        call_id: input.callId,
        code: item.code,
        item: item.item,
        price_cents: item.priceCents,
        starting_price: item.startingPrice,
        quoted_at: input.quotedAt,
      })),
    )
    .onConflict((oc) => oc.columns(['call_id', 'code']).doNothing())
    .execute();
}

export async function listPriceQuotes(db: Executor, input: { tenantId: string; callId: string }): Promise<PriceQuote[]> {
  const rows = await db
    .selectFrom('call_price_quotes')
    .select(['code', 'item', 'price_cents', 'starting_price', 'quoted_at'])
    .where('tenant_id', '=', input.tenantId)
    .where('call_id', '=', input.callId)
    .orderBy('quoted_at')
    .orderBy('code')
    .execute();
  return rows.map((row) => ({ code: row.code, item: row.item, priceCents: row.price_cents, startingPrice: row.starting_price, quotedAt: row.quoted_at }));
}
