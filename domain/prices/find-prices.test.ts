import { describe, expect, it } from 'vitest';
import { findPrices } from './find-prices.js';
import type { PriceListItem } from './price-list.js';
import { SAMPLE_PRICE_LIST } from './sample-price-list.js';

const codes = (question: string, list: readonly PriceListItem[] = SAMPLE_PRICE_LIST) => findPrices(question, list).items.map((item) => item.code);

describe('findPrices', () => {
  it('finds what was asked in the words callers use', () => {
    expect(codes("What's the cheapest cremation you do?")).toEqual(['direct-cremation']);
    expect(codes('How much for a coffin?')).toEqual(['casket-from']);
    expect(codes('And to collect her from the hospital?')).toEqual(['transfer']);
    expect(codes('What do you charge for embalming and a wake?')).toEqual(['embalming', 'viewing']);
  });

  it('answers a traditional funeral with its parts and a general question with the headline items', () => {
    expect(codes('How much is a traditional funeral with burial?')).toEqual(expect.arrayContaining(['basic-services', 'embalming', 'funeral-ceremony', 'casket-from', 'outer-burial-container-from']));
    expect(codes('What are your prices like?')).toEqual(['basic-services', 'direct-cremation', 'immediate-burial']);
  });

  it("reads an organization's own list by its words, not its codes", () => {
    const own: PriceListItem[] = [
      { code: 'dc1', item: 'Cremation without ceremony', priceCents: 99000, startingPrice: false, description: null },
      { code: 'svc', item: 'Service in the crematorium chapel', priceCents: 150000, startingPrice: false, description: null },
    ];
    expect(codes('How much is a cremation?', own)).toEqual(['dc1']);
    expect(codes('And a short service at the crematorium?', own)).toEqual(['svc']);
  });

  it('says what is not on the list instead of inventing a price', () => {
    expect(findPrices('How much is a niche in the columbarium?', SAMPLE_PRICE_LIST)).toEqual({ items: [], notOnList: ['plot'] });
  });
});
