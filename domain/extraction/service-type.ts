import type { CallerServiceType } from './caller-details.js';

const SERVICE_WORDS: ReadonlyArray<[RegExp, CallerServiceType]> = [
  [/\b(?:burial|bury|buried|burying|interment|inter|entombment|graveside)\b/gi, 'burial'],
  [/\bcremat(?:e|ed|ion|ing)\b/gi, 'cremation'],
  [/\bmemorial\b(?!\s+(?:park|gardens?|cemetery|chapel|day))/gi, 'memorial'],
  [/\b(?:viewing|visitation|wake|open casket)\b/gi, 'viewing'],
  [/\bconsultation\b/gi, 'consultation'],
];
/** "We haven't decided", "I'm not sure": doubt about the whole sentence it is said in. */
const UNDECIDED_SENTENCE =
  /\b(?:not sure|unsure|undecided|(?:haven't|have not|hasn't|not) (?:yet )?decided|don't know|do not know|discuss|talk (?:it|this|things) (?:over|through)|deciding|considering|might|leaning|options)\b/i;
/**
 * "maybe", "probably": an adverb hedges what follows it in its clause ("probably a burial"), or,
 * said last ("cremation, maybe"), the sentence; "a memorial, probably in a couple of weeks"
 * hedges the weeks, not the memorial.
 */
const HEDGE_ADVERB = /\b(?:maybe|perhaps|possibly|probably)\b/gi;
const UNDECIDED = new RegExp(`${UNDECIDED_SENTENCE.source}|${HEDGE_ADVERB.source}`, 'i');
const CLAUSE_END = /[,;:]|\b(?:but|and|so|because|when)\b/i;
const NEGATED_BEFORE = /\b(?:no|not|don't want|doesn't want|never|rather than|instead of|without)\s+(?:\w+\s+){0,2}$/i;
/** "I'm coming to the Hansen visitation": someone else's service, not one the caller is choosing. */
const ATTENDING_BEFORE = /\b(?:coming to|come to|attending|attend|going to|be at|came to)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i;
/** "Can we do a memorial service instead?": the service named with it replaces those named before. */
const REPLACES = /\b(?:instead|rather)\b(?!\s+(?:of|than)\b)/i;

type Mention = { serviceType: CallerServiceType; index: number; sentence: Sentence };
type Sentence = { text: string; start: number };

function sentencesOf(text: string): Sentence[] {
  return [...text.matchAll(/[^.!?]+[.!?]*/g)].map((m) => ({ text: m[0], start: m.index }));
}

/** Whether a hedge in the mention's sentence reaches the service named at `at` (an index in the sentence). */
function hedged(sentence: string, at: number): boolean {
  if (UNDECIDED_SENTENCE.test(sentence)) return true;
  return [...sentence.matchAll(HEDGE_ADVERB)].some((hedge) => {
    const end = hedge.index + hedge[0].length;
    const rest = sentence.slice(end);
    const clauseEnd = rest.search(CLAUSE_END);
    const scopeEnd = clauseEnd < 0 ? sentence.length : end + clauseEnd;
    const saidLast = !/\w/.test(sentence.slice(end, scopeEnd));
    return saidLast || (at >= end && at < scopeEnd);
  });
}

function mentions(text: string): Mention[] {
  const sentences = sentencesOf(text);
  return SERVICE_WORDS.flatMap(([pattern, serviceType]) =>
    [...text.matchAll(pattern)]
      .filter((m) => {
        const before = text.slice(0, m.index);
        return !NEGATED_BEFORE.test(before) && !ATTENDING_BEFORE.test(before);
      })
      .map((m) => ({ serviceType, index: m.index, sentence: sentences.findLast((s) => s.start <= m.index) ?? { text, start: 0 } })),
  ).sort((a, b) => a.index - b.index);
}

/** Whether any hedge is said at all: the agent then reassures a caller who has not chosen. */
export const soundsUndecided = (text: string): boolean => UNDECIDED.test(text);

/**
 * The service the caller clearly chose in this text, or null. A hedge ("not sure yet, maybe
 * cremation?") or a choice left open ("burial or cremation") chooses nothing; a doubt said in
 * another sentence ("She wanted to be cremated. I don't know about anything else") does not
 * reach it. The first service named is the one asked for, unless a later one replaces it.
 */
export function findChosenServiceType(text: string): CallerServiceType | null {
  const found = mentions(text);
  if (found.some((m) => hedged(m.sentence.text, m.index - m.sentence.start))) return null;
  const replacing = found.filter((m) => REPLACES.test(m.sentence.text)).at(-1);
  const first = replacing ?? found[0];
  if (first === undefined) return null;
  const openChoice = found.some(
    (m) => m.serviceType !== first.serviceType && /\bor\b/i.test(text.slice(Math.min(first.index, m.index), Math.max(first.index, m.index))),
  );
  return openChoice ? null : first.serviceType;
}
