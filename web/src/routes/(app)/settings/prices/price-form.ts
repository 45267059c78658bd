import type { PriceListItem } from '#lib/api/types.ts';
import { textOf, tickedIn } from '#lib/form-data.ts';

export type PriceField = 'code' | 'item' | 'price' | 'startingPrice' | 'description';
/** The price list form as typed: the price in dollars ("1,895.00"), which the API takes in cents. */
export type PriceFormValues = { code: string; item: string; price: string; startingPrice: boolean; description: string };
export type PriceBody = { code: string; item: string; priceCents: number; startingPrice: boolean; description: string | null };

export const NEW_PRICE_ITEM: PriceFormValues = { code: '', item: '', price: '', startingPrice: false, description: '' };

/** Cents as dollars to type back: 189500 → "1,895.00". */
export const dollarsForForm = (cents: number): string => (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "$1,895.00", "1895", "12.5" → cents; null when it is not an amount of dollars. Whole numbers only, so no cent is lost to floating point. */
export function centsOf(text: string): number | null {
	const plain = text.replace(/^\$\s*/, '').trim();
	const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(plain);
	if (!match) return null;
	const dollars = Number(match[1]!.replaceAll(',', ''));
	const cents = Number((match[2] ?? '').padEnd(2, '0'));
	return dollars * 100 + cents;
}

export const priceFormValuesOf = (item: PriceListItem): PriceFormValues => ({
	code: item.code,
	item: item.item,
	price: dollarsForForm(item.priceCents),
	startingPrice: item.startingPrice,
	description: item.description ?? ''
});

/** "Direct cremation (with container)" → "direct-cremation-with-container": a code for whoever leaves it empty. */
export const codeFrom = (item: string): string =>
	item
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 63)
		.replace(/-+$/, '');

export const PRICE_FIELD_WORDS: Record<PriceField, string> = {
	code: 'Use lower-case letters, digits and hyphens only, for example direct-cremation.',
	item: 'Enter the item as callers should hear it, in at most 200 characters.',
	price: 'Enter a price from $0.00 to $1,000,000.00.',
	startingPrice: 'Tick the box, or leave it empty.',
	description: 'Keep the description to 1,000 characters or fewer.'
};

export const CODE_TAKEN = 'Another item on the list already has this code. Choose a different one.';

/** Reads the price list form; `errors` names what must be fixed before the API is asked. */
export function readPriceForm(form: FormData): { values: PriceFormValues; body: PriceBody; errors: Partial<Record<PriceField, string>> } {
	const values: PriceFormValues = {
		code: textOf(form, 'code').toLowerCase(),
		item: textOf(form, 'item'),
		price: textOf(form, 'price'),
		startingPrice: tickedIn(form, 'startingPrice'),
		description: textOf(form, 'description')
	};
	const errors: Partial<Record<PriceField, string>> = {};
	if (!values.item) errors.item = 'Enter the item as callers should hear it, for example Direct cremation.';
	const priceCents = centsOf(values.price);
	if (!values.price) errors.price = 'Enter the price in dollars, for example 1,895.00.';
	else if (priceCents === null) errors.price = 'Enter the price in dollars and cents, for example 1,895.00.';
	const code = values.code || codeFrom(values.item);
	const body: PriceBody = { code, item: values.item, priceCents: priceCents ?? 0, startingPrice: values.startingPrice, description: values.description || null };
	return { values, body, errors };
}
