import type { Relationship } from './caller-details.js';
import { isCaseful, readNameAt } from './person-name.js';
import { possessiveReferents } from './possessive-referents.js';
import { DIED_NEXT } from './said-to-have-died.js';
import { verbStarts } from './verb-starts.js';

/** "my mother" → the caller is the deceased's child: keys are who the deceased was to the caller. */
const DECEASED_ROLES: Record<Relationship, readonly string[]> = {
  child: ['mother', 'mom', 'mommy', 'mum', 'mama', 'momma', 'father', 'dad', 'daddy', 'papa', 'parents', 'stepmother', 'stepfather', 'stepmom', 'stepdad'],
  spouse: ['husband', 'wife', 'spouse', 'partner'],
  parent: ['son', 'daughter', 'child', 'baby', 'infant', 'stepson', 'stepdaughter'],
  sibling: ['brother', 'sister', 'sibling', 'twin', 'half-brother', 'half-sister', 'stepbrother', 'stepsister'],
  grandchild: ['grandmother', 'grandma', 'grandfather', 'grandpa', 'granny', 'nana', 'nan', 'grandparents', 'granddad', 'grandad'],
  other_family: [
    'aunt', 'auntie', 'uncle', 'cousin', 'niece', 'nephew', 'grandson', 'granddaughter', 'grandchild',
    'great-grandmother', 'great-grandfather', 'mother-in-law', 'father-in-law', 'brother-in-law',
    'sister-in-law', 'son-in-law', 'daughter-in-law',
  ],
  friend: ['friend', 'best friend', 'neighbor', 'neighbour', 'coworker', 'co-worker', 'colleague', 'roommate'],
  professional: ['patient', 'client', 'resident'],
  self: [],
};

/** "I'm her daughter" → child: keys are who the caller was to the deceased. */
const CALLER_ROLES: Record<Relationship, readonly string[]> = {
  child: ['daughter', 'son', 'stepdaughter', 'stepson'],
  spouse: ['wife', 'husband', 'widow', 'widower', 'spouse', 'partner'],
  parent: ['mother', 'father', 'mom', 'dad'],
  sibling: ['sister', 'brother'],
  grandchild: ['granddaughter', 'grandson'],
  other_family: ['niece', 'nephew', 'cousin', 'aunt', 'uncle', 'daughter-in-law', 'son-in-law', 'grandmother', 'grandfather'],
  friend: ['friend', 'neighbor', 'neighbour'],
  professional: ['nurse', 'caregiver', 'social worker', 'chaplain', 'doctor', 'physician', 'case manager'],
  self: [],
};

function lookup(table: Record<Relationship, readonly string[]>): Map<string, Relationship> {
  const map = new Map<string, Relationship>();
  for (const [relationship, words] of Object.entries(table) as Array<[Relationship, readonly string[]]>) {
    for (const word of words) map.set(word, relationship);
  }
  return map;
}

function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

const DECEASED_ROLE = lookup(DECEASED_ROLES);
const CALLER_ROLE = lookup(CALLER_ROLES);
export const DECEASED_ROLE_WORDS = alternation(DECEASED_ROLE.keys());
/** "my late mother", "one of our patients", "a close friend of mine": each names the deceased's role. */
const DECEASED_MENTION = new RegExp(
  [
    `(?:my|our)\\s+(?:(?:late|dear|beloved|dear old)\\s+)?(${DECEASED_ROLE_WORDS})`,
    `one of (?:my|our)\\s+(${DECEASED_ROLE_WORDS})s`,
    `an?\\s+(?:(?:close|dear|good|old|longtime|long-time)\\s+)?(${DECEASED_ROLE_WORDS})\\s+of (?:mine|ours)`,
    `an?\\s+(?:(?:close|dear|good|old|longtime|long-time)\\s+)?(${DECEASED_ROLE_WORDS})\\s+(?:who|that)\\s+(?:\\w+\\s+)?(?:passed|died)`,
  ]
    .map((form) => `\\b${form}\\b`)
    .join('|'),
  'gi',
);
/** "I'm her son", and with the name first, "I am Agnieszka Wróbel, his daughter-in-law". */
const CALLER_MENTION = new RegExp(
  `\\b(?:i'm|i am)\\s+(?:(?:[A-Za-zÀ-ÖØ-öø-ÿ'-]+\\s+){0,2}[A-Za-zÀ-ÖØ-öø-ÿ'-]+,\\s*)?(?:his|her|their|the|a|an)\\s+(?:(?:late|only|oldest|eldest|youngest|hospice|home health|visiting)\\s+)?(${alternation(CALLER_ROLE.keys())})\\b`,
  'gi',
);
/** "Eleanor and I were married fifty-eight years", "Ruth and I were partners": a bond the caller shared with the one who died. */
const SHARED_BOND =
  /\b(?:[a-z]+\s+and\s+i|we)\s+(?:were|had been)\s+(?:(?:happily|best|close|good|together\s+and)\s+)?(married|together|partners|friends|sisters|brothers|neighbou?rs)\b|\bi\s+was\s+(married)\s+to\s+(?:her|him)\b/gi;
const NAME_CONNECTOR = /^(?:'s name (?:is|was)|,|\s+(?:was|is|named|called))?/i;
const CLEARLY_ABOUT = /\b(?:for|about|of|lost|losing|bury|burying|cremate|cremating)\s+$/i;
const SELF_PLAIN =
  /\b(?:for (?:myself|ourselves|both of us|the two of us|each of us)|(?:my|our) own (?:funerals?|arrangements?|plans?|services?|burials?|cremations?)|(?:arrangements?|plans?|planning|funeral|service|burial|cremation) for (?:me|us both)|(?:get|have|sort|arrange|plan|organi[sz]e|pay for|set up|prepay|pre-pay) my (?:funeral|burial|cremation|service|arrangements?)|my (?:funeral|burial|cremation|arrangements?) (?:sorted|arranged|planned|paid|settled|in order)|i(?:'d| would| want to| wish to) (?:like to )?be (?:buried|cremated)|when (?:i (?:die|pass)|my time comes))\b/i;
const SELF_HINT = /\b(?:pre-?plan\w*|pre-?need|plan(?:ning)? ahead|ahead of time|in advance)\b/i;
const PROFESSIONAL_HINT =
  /\b(?:hospice (?:told|said|suggested|asked|gave|nurse)|nursing home|calling from (?:the )?\w+ (?:hospice|hospital)|(?:the|a) patient)\b/i;
/** A death told outright, as against funerals talked of ahead of time. */
// With the ways people say it without the word: "slipped away", "no longer with us", "breathed her last".
const DEATH_WORDS = String.raw`pass(?:ed|ing)|die|died|dies|dying|death|dead|deceased|lost|late|killed|slipped away|left us|no longer with us|(?:his|her|their) last breath|breathed (?:his|her|their) last|went to be with|expired`;
const DEATH_TOLD = new RegExp(String.raw`\b(?:${DEATH_WORDS})\b`, 'i');
const ABOUT_A_DEATH = new RegExp(
  String.raw`\b(?:${DEATH_WORDS}|pass|loss|funeral|burial|bury|buried|cremat\w*|memorial|viewing|visitation|service|arrangements?|arranging|obituary|hospice)\b`,
  'i',
);

/**
 * strong: plainly about the person who died ("for my mother", "my father, David Chen", "I'm her
 * son"); weak: a relative named near words of loss ("my wife just died"), since callers also mention
 * the living ("so my kids don't have to"); hint: only a professional setting ("hospice told me").
 */
export type RelationWeight = 'strong' | 'weak' | 'hint';
export type RelationStatement = {
  relationship: Relationship;
  weight: RelationWeight;
  deceasedName: string | null;
  index: number;
};

/** Spoken variants of compound kin words are written one way so the tables stay short. */
export function normaliseKinWords(text: string): string {
  return text
    .replace(/\bstep[\s-](?=(mother|father|mom|dad|son|daughter|brother|sister)\b)/gi, 'step')
    .replace(/\bgreat[\s-]grand/gi, 'great-grand')
    .replace(/\bhalf[\s-](?=(brother|sister)\b)/gi, 'half-')
    .replace(/[\s-]in[\s-]law\b/gi, '-in-law');
}

const PARENT_WORDS: ReadonlySet<string> = new Set(DECEASED_ROLES.child);

/**
 * "my dad's brother", "my wife's father": the person who died is a relative of a relative. A
 * parent's parent makes the caller a grandchild; any other chain, family by blood or marriage.
 */
function chainedRelationship(first: string, second: string): Relationship | null {
  if (!DECEASED_ROLE.has(second)) return null;
  return PARENT_WORDS.has(first) && PARENT_WORDS.has(second) ? 'grandchild' : 'other_family';
}

const ALIVE_NEXT =
  /^\s*,?\s*(?:(?:is|'s|are|has been)\s+(?!being\b|dying\b)\w+ing\b|(?:is|'s|are)\s+(?:here|with (?:me|us)|on (?:his|her|their|the) way)|(?:will|'ll|can|is going to)\s+(?:be|come|call|meet|sign|drive|fly|handle|help|bring))/i;

/** `reached`: where a relative was named through "her" or "his", which counts only when said to have died. */
function deceasedMentions(text: string, aboutDeath: boolean, reached: readonly number[]): RelationStatement[] {
  if (!aboutDeath) return [];
  const caseful = isCaseful(text);
  return [...text.matchAll(DECEASED_MENTION)].flatMap((match) => {
    const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').toLowerCase();
    const chain = /^'s\s+([\w-]+)/.exec(text.slice(match.index + match[0].length));
    const chained = chain ? chainedRelationship(word, chain[1]!.toLowerCase()) : null;
    const relationship = chained ?? DECEASED_ROLE.get(word);
    if (relationship === undefined) return [];
    const end = match.index + match[0].length + (chained ? chain![0].length : 0);
    const connector = NAME_CONNECTOR.exec(text.slice(end))?.[0] ?? '';
    const nameFrom = end + connector.length + (/^\s*/.exec(text.slice(end + connector.length))?.[0].length ?? 0);
    const verbNext = !caseful && verbStarts(text).has(nameFrom);
    const deceasedName = verbNext ? null : (readNameAt(text, nameFrom, caseful)?.name ?? null);
    // "my mom's funeral" is about her; "my niece's communion" or "my husband's asked me" is not.
    const possessive = /^'s\s+(?:funeral|service|burial|cremation|memorial|viewing|visitation|wake|arrangements?|body|remains|passing|death|ashes|obituary)\b/i.test(text.slice(end));
    // "my mother-in-law just passed away", "her father died": the relative named is the one who died.
    const died = DIED_NEXT.test(text.slice(end));
    if (reached.includes(match.index) && !died) return [];
    // "Our son Michael is driving in": a relative doing something now is alive, whoever died.
    const afterName = deceasedName === null ? end : text.indexOf(deceasedName, end) + deceasedName.length;
    if (!died && ALIVE_NEXT.test(text.slice(afterName))) return [];
    const strong = deceasedName !== null || possessive || died || CLEARLY_ABOUT.test(text.slice(0, match.index));
    return [{ relationship, weight: strong ? 'strong' : 'weak', deceasedName, index: match.index }];
  });
}

function callerMentions(text: string): RelationStatement[] {
  return [...text.matchAll(CALLER_MENTION)].flatMap((match) => {
    const relationship = CALLER_ROLE.get((match[1] ?? '').toLowerCase());
    return relationship === undefined ? [] : [{ relationship, weight: 'strong' as const, deceasedName: null, index: match.index }];
  });
}

function patternStatement(text: string, pattern: RegExp, relationship: Relationship, weight: RelationWeight): RelationStatement[] {
  const match = pattern.exec(text);
  return match === null ? [] : [{ relationship, weight, deceasedName: null, index: match.index }];
}

/** Whether the text tells of a death, not only of funerals. */
export function tellsOfDeath(text: string): boolean {
  return DEATH_TOLD.test(text);
}

/** Whether the text speaks of a death or of funeral arrangements at all. */
export function speaksOfDeath(text: string): boolean {
  return ABOUT_A_DEATH.test(text);
}

/**
 * "my wife. Her father died" → "my wife. my wife's father died": a "her" or "his" before a kin word
 * is written as the relative it points back to, so the chain reads as one. Returns where each
 * such phrase now starts.
 */
function withReferentsNamed(text: string): { text: string; rewritten: number[] } {
  const rewritten: number[] = [];
  let out = text;
  for (const { index, length, referent } of [...possessiveReferents(text)].reverse()) {
    if (!KIN_NEXT.test(out.slice(index + length))) continue;
    out = `${out.slice(0, index)}${referent.toLowerCase()}'s${out.slice(index + length)}`;
    const shift = referent.length + 2 - length;
    for (let i = 0; i < rewritten.length; i += 1) rewritten[i]! += shift;
    rewritten.push(index);
  }
  return { text: out, rewritten };
}

const KIN_NEXT = new RegExp(`^\\s+(?:${DECEASED_ROLE_WORDS})\\b`, 'i');

function bondMentions(text: string): RelationStatement[] {
  return [...text.matchAll(SHARED_BOND)].flatMap((match) => {
    const word = (match[1] ?? match[2] ?? '').toLowerCase();
    const relationship = word === 'married' || word === 'together' ? 'spouse' : CALLER_ROLE.get(word.replace(/s$/, ''));
    return relationship === undefined ? [] : [{ relationship, weight: 'strong' as const, deceasedName: null, index: match.index }];
  });
}

/**
 * Everything one caller turn says about how the caller relates to the deceased, in the order said.
 * Kin words only count once the call is `aboutDeath` (a loss was spoken of, or the agent asked who
 * passed): before that, "my husband" may well be the one driving the caller in.
 */
export function findRelationStatements(rawText: string, aboutDeath: boolean): RelationStatement[] {
  const { text, rewritten } = withReferentsNamed(normaliseKinWords(rawText));
  return [
    ...deceasedMentions(text, aboutDeath, rewritten),
    ...callerMentions(text),
    ...(aboutDeath ? bondMentions(text) : []),
    ...patternStatement(text, SELF_PLAIN, 'self', 'strong'),
    ...patternStatement(text, SELF_HINT, 'self', 'weak'),
    ...patternStatement(text, PROFESSIONAL_HINT, 'professional', 'hint'),
  ].sort((a, b) => a.index - b.index);
}

/**
 * The caller's relationship over the whole call: planning for oneself when plainly said, or hinted
 * at on a call where nobody's death was told ("my wife and I want our plans settled ahead of
 * time"); else the last strong statement (callers correct themselves), else the first weak one
 * (the death is usually told first), else a professional hint.
 */
export function settleRelationship(statements: readonly RelationStatement[], deathTold = true): Relationship | null {
  // "my own funeral" names what the call is for; a late husband mentioned after it is background.
  if (statements.some((s) => s.relationship === 'self' && (s.weight === 'strong' || !deathTold))) return 'self';
  const strong = statements.filter((s) => s.weight === 'strong').at(-1);
  const weak = statements.find((s) => s.weight === 'weak');
  const hint = statements.find((s) => s.weight === 'hint');
  return (strong ?? weak ?? hint)?.relationship ?? null;
}
