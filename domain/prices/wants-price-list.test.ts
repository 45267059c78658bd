import { describe, expect, it } from 'vitest';
import { wantsPriceList } from './wants-price-list.js';

describe('wantsPriceList', () => {
  it('hears a request for the list at any point, by the channel named', () => {
    expect(wantsPriceList('Could you email me your price list?', false)).toBe('email');
    expect(wantsPriceList('Can you just text me the prices so I can look them over with my sister', false)).toBe('text');
    expect(wantsPriceList('Would you mail me a copy of the general price list', false)).toBe('email');
  });

  it('takes a yes to the offer as a text unless they say email', () => {
    expect(wantsPriceList('Yes, please.', true)).toBe('text');
    expect(wantsPriceList("Oh, that'd be great, yeah.", true)).toBe('text');
    expect(wantsPriceList("That'd be great.", true)).toBe('text');
    expect(wantsPriceList('Sure, email is better for me.', true)).toBe('email');
    expect(wantsPriceList('Just text it over to me', true)).toBe('text');
  });

  it('wants nothing when the caller declines or was never offered it', () => {
    expect(wantsPriceList("No, that's fine, thank you.", true)).toBe(null);
    expect(wantsPriceList("I'm okay, thanks. Bye.", true)).toBe(null);
    expect(wantsPriceList('Yes, my mother died last night.', false)).toBe(null);
    expect(wantsPriceList('Can you send someone to pick him up?', false)).toBe(null);
    expect(wantsPriceList('Can you send someone to pick him up?', true)).toBe(null);
  });
});
