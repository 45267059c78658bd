const PRICE =
  /\b(?:how much|prices?|pricing|priced|costs?|charge|fees?|quote|price list|gpl|cheapest|affordable|expensive|what do you charge|ballpark|rates?|packages?|run me|set (?:me|us) back|start(?:s|ing)? (?:at|from)|go for)\b/i;
const ASKING = /\?|\b(?:how much|what (?:do|does|is|are|would|'s)|tell me|wondering|looking for|compare|comparing|like to know|want to know|need to know|could you give|can you give)\b/i;

/** "Does that include picking him up?": what a price covers is a price question too. */
const INCLUDED = /\b(?:does|would|will|is) (?:that|it|this|the price) (?:include|including|cover|come with)\b|\bis (?:\w+ ){0,3}included\b/i;

/** Whether a sentence asks what something costs ("How much is a direct cremation?", "what do you charge"). */
export function asksPrice(sentence: string): boolean {
  return (PRICE.test(sentence) && ASKING.test(sentence)) || INCLUDED.test(sentence);
}
