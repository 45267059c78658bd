import { AppError } from '../../domain/app-error.js';
import { deletePriceListItem, findPriceListItem, insertPriceListItem, listPriceListItems, updatePriceListItem, type StoredPriceListItem } from '../../db/queries/price-list.js';
import type { PriceListItem } from '../../domain/prices/price-list.js';
import { settingsList } from './settings-list.js';

/** The General Price List the agent quotes from, word for word. */
export const priceList = settingsList<PriceListItem, StoredPriceListItem>({
  audit: 'price_list',
  noun: 'price list item',
  list: (tx, tenantId) => listPriceListItems(tx, { tenantId }),
  find: (tx, tenantId, id) => findPriceListItem(tx, { tenantId, id }),
  insert: (tx, tenantId, item) => insertPriceListItem(tx, { tenantId, item }),
  update: (tx, tenantId, id, item) => updatePriceListItem(tx, { tenantId, id, item }),
  remove: (tx, tenantId, id) => deletePriceListItem(tx, { tenantId, id }),
  // The price is the point of the audit: who changed what a family is quoted.
  describe: (item) => ({ code: item.code, item: item.item, priceCents: item.priceCents, startingPrice: item.startingPrice }),
  unique: {
    constraint: 'price_list_items_code_key',
    conflict: (item) => new AppError('conflict', `The price list already has an item with the code ${item.code}; edit that one or choose another code.`, { issues: [{ path: 'code', message: 'is already on the price list' }] }),
  },
});
