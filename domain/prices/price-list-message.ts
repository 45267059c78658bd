import { spokenPrice, type PriceListItem } from './price-list.js';

type ListFacts = { organizationName: string; items: readonly PriceListItem[]; disclosures: string | null; asOf: string };

const line = (item: PriceListItem) => `${item.item}: ${item.startingPrice ? 'from ' : ''}${spokenPrice(item.priceCents)}`;

/** The General Price List as one text: every item and price, then the disclosures the list must carry. */
export function priceListText(facts: ListFacts): string {
  const lines = [`${facts.organizationName}, General Price List (${facts.asOf}):`, ...facts.items.map(line)];
  if (facts.disclosures) lines.push(facts.disclosures);
  return lines.join('\n');
}

/** The same list by email, with each item's description where staff wrote one. */
export function priceListEmail(facts: ListFacts): { subject: string; body: string } {
  const items = facts.items.map((item) => (item.description ? `${line(item)}\n  ${item.description}` : line(item)));
  const body = [
    `Thank you for calling ${facts.organizationName}. Here is our General Price List, as of ${facts.asOf}.`,
    '',
    ...items,
    ...(facts.disclosures ? ['', facts.disclosures] : []),
    '',
    'You are welcome to call us with any question; you do not need to give your name to ask about prices.',
  ];
  return { subject: `${facts.organizationName}: General Price List`, body: body.join('\n') };
}
