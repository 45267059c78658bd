import type { LocationType } from './first-call-sheet.js';

/** The words that make a place a facility, and which kind of facility each names. */
const FACILITY_NOUNS: ReadonlyArray<[string, LocationType]> = [
  ['hospice house', 'hospice_facility'],
  ['hospice center', 'hospice_facility'],
  ['hospice centre', 'hospice_facility'],
  ['inpatient hospice', 'hospice_facility'],
  ['hospice unit', 'hospice_facility'],
  ['hospice', 'hospice_facility'],
  ['medical center', 'hospital'],
  ['medical centre', 'hospital'],
  ['health center', 'hospital'],
  ['regional medical', 'hospital'],
  ['emergency room', 'hospital'],
  ['infirmary', 'hospital'],
  ['general', 'hospital'],
  ['memorial hospital', 'hospital'],
  ['hospital', 'hospital'],
  ['icu', 'hospital'],
  ['a&e', 'hospital'],
  ['nursing home', 'nursing_home'],
  ['care home', 'nursing_home'],
  ['care center', 'nursing_home'],
  ['care centre', 'nursing_home'],
  ['care facility', 'nursing_home'],
  ['assisted living', 'nursing_home'],
  ['senior living', 'nursing_home'],
  ['retirement home', 'nursing_home'],
  ['retirement village', 'nursing_home'],
  ['aged care', 'nursing_home'],
  ['memory care', 'nursing_home'],
  ['skilled nursing', 'nursing_home'],
  ['rehab center', 'nursing_home'],
  ['rehabilitation center', 'nursing_home'],
  ['rehabilitation centre', 'nursing_home'],
  ['rest home', 'nursing_home'],
  ['long-term care', 'nursing_home'],
  ['long term care', 'nursing_home'],
];

export function facilityTypeOf(words: string): LocationType | null {
  const lower = words.toLowerCase();
  return FACILITY_NOUNS.find(([noun]) => lower.includes(noun))?.[1] ?? null;
}

export type FacilityMention = {
  type: LocationType;
  /** The facility's proper name when the caller gave one ("Saint Anne's Hospital"). */
  name: string | null;
  /** The words of the mention as said ("the hospital"). */
  words: string;
  /** A hospice named as who cares for someone ("on hospice with Mountain View Hospice"), not a place. */
  asCarer: boolean;
  /** A passing mention with no name ("from the hospital"): a home said outright outranks it. */
  weak: boolean;
};

const NOUN_PATTERN = FACILITY_NOUNS.map(([noun]) => noun.replace(/[&-]/g, (c) => `\\${c}`).replace(/ /g, '\\s+')).join('|');
/** The same nouns with either case of each word's first letter, for patterns that must see capitals. */
const CASED_NOUN_PATTERN = NOUN_PATTERN.replace(/(^|\||\+)([a-z])/g, (_all, lead: string, letter: string) => `${lead}[${letter}${letter.toUpperCase()}]`);
/** Capitalised words before a facility noun: "Saint Anne's Hospital", "St. Luke's Medical Center". */
const NAMED_FACILITY = new RegExp(
  `\\b((?:(?:[A-Z][\\w'’.-]*|of|the|and|&)\\s+){0,5}?(?:[A-Z][\\w'’.-]*\\s+)(?:${CASED_NOUN_PATTERN})(?:\\s+(?:of|at)\\s+(?:[A-Z][\\w'’.-]*\\s*){1,3})?)`,
  'g',
);
/** A named place whose last word is one a care home takes: "Sunrise Gardens", "Willow Manor". */
const NAMED_CARE_HOME = /\b((?:[A-Z][\w'.-]*\s+){1,3}(?:Manor|Gardens|Lodge|Village|Court|Residence|Place|Pines|Terrace|Meadows|Commons|Haven))\b/g;
const CARE_HOME_CONTEXT = /\b(?:resident|residents|care|nursing|staff|facility|living|memory|aide|cna|lpn|rn)\b/i;
const PLAIN_FACILITY = new RegExp(`\\b(?:the|a|an|our|his|her|their)\\s+(?:local\\s+)?(${NOUN_PATTERN})\\b`, 'gi');
const NAME_THEN_KIND = new RegExp(`\\b((?:[A-Z][\\w'’.-]*\\s+){0,3}[A-Z][\\w'’.-]*),\\s+(?:the|a|an|our)\\s+(${NOUN_PATTERN})\\b`, 'g');
const CARE_SENTENCE = /\b(?:on|under|receiving|had|has|with) (?:home )?hospice\b|\bhospice (?:care|program|nurse|team)\b|\bbeen on hospice\b/i;
const CARER_BEFORE = /\b(?:on|under|with|from|through|using|receiving|by)\s+(?:the\s+)?(?:home\s+)?$/i;
const CARER_AFTER = /^\s*(?:nurse|care|team|worker|aide|chaplain|social worker|doctor|agency|staff)\b/i;
const PLACE_BEFORE = /\b(?:at|in|to|inside|into)\s+(?:the\s+)?$/i;

function cleanName(name: string): string {
  return name
    .replace(/^(?:the|and|of|&)\s+/i, '')
    .replace(/\s+/g, ' ')
    .replace(/[.,]$/, '')
    .trim();
}

/** Every facility a sentence mentions, named or not, with whether it is a carer or a place. */
export function facilityMentions(sentence: string): FacilityMention[] {
  const found: FacilityMention[] = [];
  const covered: Array<[number, number]> = [];
  const add = (index: number, words: string, name: string | null) => {
    const type = facilityTypeOf(words);
    if (!type) return;
    if (covered.some(([start, end]) => index < end && index + words.length > start)) return;
    covered.push([index, index + words.length]);
    const before = sentence.slice(0, index);
    const after = sentence.slice(index + words.length);
    // "on hospice since the fall, with Heartland, no, Harbor Light Hospice": a sentence about hospice care names a carer.
    const careSentence = CARE_SENTENCE.test(sentence) && !PLACE_BEFORE.test(before);
    const asCarer = type === 'hospice_facility' && ((CARER_BEFORE.test(before) && !PLACE_BEFORE.test(before)) || CARER_AFTER.test(after) || careSentence);
    found.push({ type, name, words: words.trim(), asCarer, weak: name === null });
  };
  for (const match of sentence.matchAll(NAMED_FACILITY)) {
    const name = cleanName(match[1]!);
    // "I'm" or "My" is not a facility's first word; the capitals must belong to a name.
    if (/^(?:I|I'm|My|Our|His|Her|This|We|He|She|They|Hi|Hello|Yes|No|Well|So|And)\s/.test(name)) {
      const rest = name.replace(/^\S+\s+/, '');
      if (/^[A-Z]/.test(rest) && facilityTypeOf(rest) && !new RegExp(`^(?:${NOUN_PATTERN})$`, 'i').test(rest)) add(match.index + match[1]!.indexOf(rest), rest, rest);
      continue;
    }
    add(match.index + match[0].indexOf(match[1]!), match[1]!, name);
  }
  if (CARE_HOME_CONTEXT.test(sentence)) {
    for (const match of sentence.matchAll(NAMED_CARE_HOME)) {
      const name = cleanName(match[1]!);
      if (/^(?:I|My|Our|This|The)\b/.test(name)) continue;
      const type: LocationType = 'nursing_home';
      if (covered.some(([start, end]) => match.index < end && match.index + match[1]!.length > start)) continue;
      covered.push([match.index, match.index + match[1]!.length]);
      found.push({ type, name, words: name, asCarer: false, weak: false });
    }
  }
  // "Juniper House, the hospice": a name, then what kind of place it is.
  for (const match of sentence.matchAll(NAME_THEN_KIND)) {
    const name = cleanName(match[1]!);
    if (/^(?:I|I'm|My|Our|This|The|Hi|Hello)\b/.test(name)) continue;
    const type = facilityTypeOf(match[2]!);
    if (!type || covered.some(([start, end]) => match.index < end && match.index + match[0].length > start)) continue;
    covered.push([match.index, match.index + match[0].length]);
    found.push({ type, name, words: name, asCarer: false, weak: false });
  }
  for (const match of sentence.matchAll(PLAIN_FACILITY)) add(match.index + match[0].indexOf(match[1]!), match[1]!, null);
  return found;
}

const STREET_WORDS =
  'Street|St|Road|Rd|Drive|Dr|Avenue|Ave|Lane|Ln|Court|Ct|Way|Boulevard|Blvd|Place|Pl|Terrace|Circle|Cir|Crescent|Close|Parkway|Pkwy|Trail|Highway|Hwy|Row|Square|Grove|Hill|Gardens|Loop|Pike|Run|Walk|Mews';
const STREET_ADDRESS = new RegExp(
  `\\b(\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?\\s+(?:(?:[NSEW]\\.?|North|South|East|West)\\s+)?(?:[A-Z][a-z'-]+\\s+){1,3}(?:${STREET_WORDS})\\b\\.?(?:,?\\s+(?:(?:apartment|apt\\.?|unit|flat|suite|#)\\s*[\\w-]+))?(?:,?\\s+in\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)?)`,
  'g',
);

/** Street addresses as said: "418 Maple Ridge Drive in Lakewood", "22 Elm St, apartment 3B". */
export function streetAddresses(sentence: string): string[] {
  return [...sentence.matchAll(STREET_ADDRESS)].map((match) => match[1]!.replace(/\s+/g, ' ').replace(/[.,]$/, '').trim());
}
