import nlp from 'compromise';
import { capitalise, isCaseful, isHonorific, isNameWord, readNameAt } from './person-name.js';
import { oncePerText } from './once-per-text.js';
import { parsed } from './english-model.js';
import { DECEASED_ROLE_WORDS } from './relationship.js';
import { saidToHaveDied } from './said-to-have-died.js';

/** A person's name in a caller's turn, and whose it is by what was said right before it. */
/** `family`: someone else named ("the son is Daniel Kim"), neither the caller nor the one who died. */
export type PersonMention = { name: string; start: number; end: number; role: 'caller' | 'deceased' | 'family' | null };

type Term = { text: string; offset: { start: number; length: number } };

/** "my name is", "this is": the next name is the caller's own. */
// "it's" is no cue by itself ("it's nico underscore castellanos at …"); after "your name?" the
// agent's question says whose name follows.
// A name is the caller's when the name said is theirs ("my name is", "name's Bob"), not someone
// else's ("her name is", "my mother's name was").
const SELF_CUE = /(?:\bmy\s+(?:full\s+)?name(?:\s+is|'s)?|(?:^|[.!?]\s+)(?:the\s+)?name(?:\s+is|'s)|\bi am|\bi'm|\bthis is|\bcall me|\bspeaking)\s*(?:actually\s+)?$/i;
/**
 * A kin word, or a death, shortly before the name in the same sentence: "my brother was Curtis
 * Whitfield", "Mother's Vivian Brooks", "for my grandmother, Rose Duval", "he died last week,
 * Colin Ellison", "her name was Irena", "my mother's name was Margaret".
 */
const DECEASED_CUE = new RegExp(
  `(?:\\b(?:${DECEASED_ROLE_WORDS})(?:'s|\\s+(?:is|was|were))?|\\b(?:he|she)(?:\\s+was|'s|\\s+is)|\\b(?:${DECEASED_ROLE_WORDS})(?:'s)?\\s+(?:full\\s+)?name\\s+(?:is|was)|\\b(?:died|passed(?:\\s+away)?|deceased|late|(?:his|her|their)\\s+(?:full\\s+)?name\\s+(?:is|was))\\b[^.!?]{0,40}?)[\\s,:-]*$`,
  'i',
);
/** "Ruth Abernathy, who passed away": the cue after the name. */
const DECEASED_AFTER = /^\s*,?\s*(?:who|that)\s+(?:\w+\s+)?(?:passed|died)\b/i;
/** "a friend who passed away. Eugene Holloway.": a name said alone right after a death or a kin word. */
const DEATH_SENTENCE = new RegExp(`\\b(?:passed(?:\\s+away)?|died|(?:my|our)\\s+(?:late\\s+)?(?:${DECEASED_ROLE_WORDS}))[\\s.,!]*$`, 'i');
/** Where the English model misses a surname it does not know: "her dad was Angus Beaton". */
const NAME_AFTER_KIN = new RegExp(`\\b(?:(?:my|her|his|our|their)\\s+(?:late\\s+)?(?:${DECEASED_ROLE_WORDS})|(?:he|she)|(?:his|her|their)\\s+name)\\s+(?:was|is)\\s+`, 'gi');
const CUE_WINDOW = 60;
/** "Our son Michael is driving in": whoever is on their way is alive. */
const LIVING_AFTER = /^\s*,?\s*(?:is|'s|are|was)\s+(?:driving|coming|flying|on (?:his|her|their|the) way|here with|with (?:me|us|him|her|them)|going to|at work|calling)\b/i;
/** "The son is Daniel Kim": a nurse naming the family, not the patient who died. */
const FAMILY_NAMED = new RegExp(`\\bthe\\s+(?:${DECEASED_ROLE_WORDS})(?:\\s+(?:is|was))?[\\s,:-]*$|\\b(?:his|her|their)\\s+(?:${DECEASED_ROLE_WORDS})\\s+is[\\s,:-]*$`, 'i');

function roleAround(text: string, start: number, end: number): PersonMention['role'] {
  const before = text.slice(Math.max(0, start - CUE_WINDOW), start);
  if (SELF_CUE.test(before)) return 'caller';
  const sentences = before.split(/(?<=[.!?])\s+/);
  const sentence = sentences.at(-1) ?? before;
  if (FAMILY_NAMED.test(sentence) || LIVING_AFTER.test(text.slice(end))) return 'family';
  if (DECEASED_CUE.test(sentence) || DECEASED_AFTER.test(text.slice(end))) return 'deceased';
  const startsSentence = sentence.trim() === '' && sentences.length > 1;
  return startsSentence && DEATH_SENTENCE.test(sentences.at(-2) ?? '') ? 'deceased' : null;
}

/**
 * The people a caller names in one turn, found by compromise's English model rather than by
 * patterns, each cut to the words that can be a name ("brother Frank" → "Frank") with a repeat
 * spoken in hesitation folded ("Colin... Colin Ellison" → "Colin Ellison").
 */
export const peopleMentioned: (text: string) => PersonMention[] = oncePerText(readPeople);

function readPeople(text: string): PersonMention[] {
  const caseful = isCaseful(text);
  const people = parsed(text).people().json({ offset: true, terms: { offset: true } }) as Array<{ terms: Term[] }>;
  const found = people.flatMap(({ terms }) => {
    const words = terms
      .map((term) => ({ word: term.text.replace(/[.,;:!?]+$/, ''), start: term.offset.start, end: term.offset.start + term.offset.length }))
      .filter(({ word }) => isNameWord(word, caseful));
    // A title ("Mr. Arthur Pell") shows whose name follows but is no part of it.
    const folded = words.filter((word, i) => {
      if (isHonorific(word.word)) return false;
      const rest = words.slice(i + 1).map((w) => w.word.toLowerCase());
      return !rest.includes(word.word.toLowerCase());
    });
    const first = folded[0];
    const last = folded.at(-1);
    if (!first || !last || folded.length > 4) return [];
    // Whose name it is shows before the first word said, even one repeated in hesitation.
    const spokenFrom = words[0]!.start;
    const name = folded.map(({ word }) => capitalise(word)).join(' ');
    // "… about Ivan Petrov. He died last Wednesday": the pronoun that died points back to the name.
    const role = roleAround(text, spokenFrom, last.end) ?? (saidToHaveDied(text).includes(name.toLowerCase()) ? 'deceased' : null);
    return [{ name, start: spokenFrom, end: last.end, role }];
  });
  return [...found, ...missedAfterKin(text, caseful, found)].sort((a, b) => a.start - b.start);
}

function missedAfterKin(text: string, caseful: boolean, found: PersonMention[]): PersonMention[] {
  return [...text.matchAll(NAME_AFTER_KIN)].flatMap((match) => {
    const start = match.index + match[0].length;
    const reading = readNameAt(text, start, caseful);
    if (reading === null || found.some((mention) => mention.start < reading.end && start < mention.end)) return [];
    return [{ name: reading.name, start, end: reading.end, role: 'deceased' as const }];
  });
}

/** Whether the English model knows `name` as a person's (rules out "slow" in "I'm slow getting to it"). */
export function isKnownPersonName(name: string): boolean {
  return nlp(name).has('#Person');
}
