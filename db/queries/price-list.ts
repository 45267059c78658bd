import type { PriceListItem } from '../../domain/prices/price-list.js';
import type { Executor } from '../executor.js';

export type StoredPriceListItem = PriceListItem & { id: string; position: number };

const COLUMNS = ['id', 'code', 'item', 'price_cents', 'starting_price', 'description', 'position'] as const;

type Row = { id: string; code: string; item: string; price_cents: number; starting_price: boolean; description: string | null; position: number };
const toItem = (row: Row): StoredPriceListItem => ({
  id: row.id,
  code: row.code,
  item: row.item,
  priceCents: row.price_cents,
  startingPrice: row.starting_price,
  description: row.description,
  position: row.position,
});

/** The organization's General Price List, in the order staff keep it. */
export async function listPriceListItems(db: Executor, input: { tenantId: string }): Promise<StoredPriceListItem[]> {
  const rows = await db.selectFrom('price_list_items').select(COLUMNS).where('tenant_id', '=', input.tenantId).orderBy('position').orderBy('code').execute();
  return rows.map(toItem);
}

export async function findPriceListItem(db: Executor, input: { tenantId: string; id: string }): Promise<StoredPriceListItem | null> {
  const row = await db.selectFrom('price_list_items').select(COLUMNS).where('tenant_id', '=', input.tenantId).where('id', '=', input.id).executeTakeFirst();
  return row ? toItem(row) : null;
}

/** Adds an item at the end of the list; a code already on the list is a unique violation. */
export async function insertPriceListItem(db: Executor, input: { tenantId: string; item: PriceListItem; position?: number }): Promise<StoredPriceListItem> {
  const position =
    input.position ??
    Number(
      (await db.selectFrom('price_list_items').select((eb) => eb.fn.coalesce(eb.fn.max('position'), eb.lit(-1)).as('last')).where('tenant_id', '=', input.tenantId).executeTakeFirstOrThrow()).last,
    ) + 1;
  const row = await db
    .insertInto('price_list_items')
    .values({
      tenant_id: input.tenantId,
      code: input.item.code,
      item: input.item.item,
      price_cents: input.item.priceCents,
      starting_price: input.item.startingPrice,
      description: input.item.description,
      position,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toItem(row);
}

export async function updatePriceListItem(db: Executor, input: { tenantId: string; id: string; item: PriceListItem }): Promise<StoredPriceListItem | null> {
  const row = await db
    .updateTable('price_list_items')
    .set({
      code: input.item.code,
      item: input.item.item,
      price_cents: input.item.priceCents,
      starting_price: input.item.startingPrice,
      description: input.item.description,
      updated_at: new Date(),
    })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.id)
    .returning(COLUMNS)
    .executeTakeFirst();
  return row ? toItem(row) : null;
}

export async function deletePriceListItem(db: Executor, input: { tenantId: string; id: string }): Promise<boolean> {
  const result = await db.deleteFrom('price_list_items').where('tenant_id', '=', input.tenantId).where('id', '=', input.id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
