import type { PriceListItem } from './price-list.js';

/**
 * One thing a caller can ask the price of, in the words callers use and the words a price list
 * uses for it. Matching goes through these, not through item codes, so that an organization's own
 * list ("Direct cremation, no service") is found as surely as the sample one.
 */
type Concept = { key: string; caller: RegExp; item: RegExp; unlike?: RegExp };

const CONCEPTS: readonly Concept[] = [
  { key: 'cremation', caller: /\bcremat(?:e|ed|es|ion|ions|ing)\b|\bcremains\b/i, item: /\bcremation/i },
  { key: 'burial', caller: /\bbur(?:y|ial|ied|ying)\b|\binter(?:ment|red)\b/i, item: /\bburial\b|\binterment\b/i, unlike: /\b(?:outer burial container|burial vault|liner|plot|space)\b/i },
  {
    key: 'transfer',
    caller: /\bpick(?:ing)? (?:him|her|them|(?:\w+ )?up)\b|\bpick-?up\b|\bcollect\w*|\bremoval\b|\btransfer\w*|\btransport\w*|\bbring(?:ing)? (?:him|her|them)\b|\bcome (?:and )?(?:get|fetch)\b|\bfetch\w*/i,
    item: /\btransfer|\bremoval|\btransport/i,
  },
  { key: 'embalming', caller: /\bembalm\w*/i, item: /\bembalm/i },
  { key: 'preparation', caller: /\bdress(?:ing)?\b|\bcosmetolog\w*|\bhair\b|\bmake-?up\b|\bprepar\w+/i, item: /\bdressing|\bcosmetolog|\bpreparation/i, unlike: /\bembalm/i },
  { key: 'viewing', caller: /\bview(?:ing)?s?\b|\bvisitation\b|\bwake\b|\bopen casket\b|\bsee (?:him|her|them) one last\b/i, item: /\bviewing|\bvisitation/i },
  { key: 'ceremony', caller: /\bfuneral (?:service|ceremony)\b|\bceremony\b|\bservice in (?:the|your) chapel\b|\bchapel service\b/i, item: /\bceremony\b|\bfuneral service\b/i, unlike: /\bmemorial|\bgraveside/i },
  { key: 'memorial', caller: /\bmemorial\b|\bcelebration of life\b/i, item: /\bmemorial\b/i },
  { key: 'graveside', caller: /\bgraveside\b|\bcommittal\b|\bat the (?:cemetery|grave)\b/i, item: /\bgraveside|\bcommittal/i },
  { key: 'hearse', caller: /\bhearse\b|\bfuneral coach\b/i, item: /\bhearse|\bcoach\b/i },
  { key: 'casket', caller: /\bcaskets?\b|\bcoffins?\b/i, item: /\bcasket|\bcoffin/i },
  { key: 'container', caller: /\bvaults?\b|\bgrave liners?\b|\bliners?\b|\bouter (?:burial )?containers?\b|\bburial containers?\b/i, item: /\bouter burial container|\bvault|\bliner/i },
  { key: 'basic', caller: /\bbasic (?:services?|fees?|charges?)\b|\bprofessional (?:services|fees?)\b|\b(?:director'?s?|your|service) fees?\b|\bnon-?declinable\b|\bbasic cost\b/i, item: /\bbasic services|\bprofessional services/i },
  { key: 'urn', caller: /\burns?\b/i, item: /\burn\b/i },
  { key: 'plot', caller: /\bplots?\b|\bgraves?\b(?!side)|\bburial (?:space|site|lot)s?\b|\bniches?\b|\bcolumbarium\b|\bcrypts?\b|\bmausoleum\b|\bheadstones?\b|\bgrave ?markers?\b/i, item: /\bplot|\bgrave space|\bniche|\bcrypt|\bmausoleum|\bheadstone|\bmarker/i },
  { key: 'death-certificates', caller: /\bdeath certificates?\b|\bcertified copies\b/i, item: /\bdeath certificate|\bcertified cop/i },
];

/** The simplest form asked for: "the cheapest cremation", "just a simple burial", "direct cremation". */
const SIMPLEST = /\b(?:cheapest|simplest|simple|basic|direct|immediate|least expensive|lowest|most affordable|no[- ]frills|bare minimum|just (?:a|the)|only (?:a|the))\b/i;
/** A whole funeral, not one part of it. */
const TRADITIONAL = /\b(?:traditional|full[- ]service|full funeral|regular funeral|standard funeral|whole funeral|complete funeral|everything included|all[- ]in)\b|\bhow much (?:is|does|would|for) (?:a|the) funeral\b(?! home| director)|\bfuneral (?:cost|costs|price|prices)\b/i;
const TRADITIONAL_PARTS = ['basic', 'embalming', 'viewing', 'ceremony', 'hearse', 'casket'];
const MOST_PER_CONCEPT = 3;

export type PriceAnswer = {
  /** What the list says about what was asked, each item once, in the order asked. */
  items: PriceListItem[];
  /** Things asked about that the list has no price for: the agent says so and offers a call back. */
  notOnList: string[];
};

function itemsFor(concept: Concept, list: readonly PriceListItem[]): PriceListItem[] {
  return list
    .filter((item) => {
      const words = `${item.item} ${item.code.replace(/-/g, ' ')}`;
      return concept.item.test(words) && !(concept.unlike?.test(words) ?? false);
    })
    .sort((a, b) => a.priceCents - b.priceCents);
}

/** Items a general "what are your prices?" is answered with: the basic fee and the simplest of each. */
function headlineItems(list: readonly PriceListItem[]): PriceListItem[] {
  const pick = (key: string) => itemsFor(CONCEPTS.find((c) => c.key === key)!, list)[0];
  const items = [pick('basic'), pick('cremation'), pick('burial')].filter((item): item is PriceListItem => item !== undefined);
  return items.length > 0 ? items : list.slice(0, 3);
}

const STOP = new Set(['what', 'would', 'that', 'this', 'there', 'with', 'your', 'much', 'does', 'price', 'prices', 'cost', 'costs', 'charge', 'about', 'like', 'want', 'wanted', 'just', 'have', 'into', 'them', 'they', 'then', 'were', 'could', 'should', 'really', 'short', 'include', 'included']);
const wordsOf = (text: string) => new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((word) => !STOP.has(word)).map((word) => word.replace(/s$/, '')));

/** The items that share the most words with a question no concept covers ("a service at the crematorium"). */
function sharedWordItems(question: string, list: readonly PriceListItem[]): PriceListItem[] | null {
  const asked = wordsOf(question);
  const scored = list.map((item) => ({ item, score: [...wordsOf(item.item)].filter((word) => asked.has(word)).length })).filter((s) => s.score > 0);
  const best = Math.max(0, ...scored.map((s) => s.score));
  return best === 0 ? null : scored.filter((s) => s.score === best).map((s) => s.item);
}

/** A traditional funeral is its parts; a traditional burial adds the outer container, not an immediate burial. */
function traditional(asked: readonly Concept[]): Concept[] {
  const keys = asked.map((c) => c.key);
  const parts = keys.includes('burial') ? [...TRADITIONAL_PARTS, 'container'] : TRADITIONAL_PARTS;
  return [...new Set([...parts, ...keys.filter((key) => key !== 'burial')])].map((key) => CONCEPTS.find((c) => c.key === key)!);
}

/**
 * What the caller's question asks the price of, answered from the organization's price list and
 * nothing else. A price that is not on the list is never made up: it is reported as not on it.
 */
export function findPrices(question: string, list: readonly PriceListItem[]): PriceAnswer {
  const asked = CONCEPTS.filter((concept) => concept.caller.test(question));
  const concepts = TRADITIONAL.test(question) && !asked.some((c) => c.key === 'cremation') ? traditional(asked) : asked;
  const simplest = SIMPLEST.test(question);
  const items: PriceListItem[] = [];
  const notOnList: string[] = [];
  for (const concept of concepts) {
    const found = itemsFor(concept, list);
    if (found.length === 0) {
      if (asked.includes(concept)) notOnList.push(concept.key);
      continue;
    }
    items.push(...(simplest ? found.slice(0, 1) : found.slice(0, MOST_PER_CONCEPT)));
  }
  if (concepts.length === 0) items.push(...(sharedWordItems(question, list) ?? headlineItems(list)));
  const once = [...new Map(items.map((item) => [item.code, item])).values()];
  return { items: once, notOnList };
}
