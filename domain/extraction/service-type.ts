import type { CallerServiceType } from './caller-details.js';

const SERVICE_WORDS: ReadonlyArray<[RegExp, CallerServiceType]> = [
  [/\b(?:burial|bury|buried|burying|interment|inter|entombment|graveside)\b/gi, 'burial'],
  [/\bcremat(?:e|ed|ion|ing)\b/gi, 'cremation'],
  [/\bmemorial\b(?!\s+(?:park|gardens?|cemetery|chapel|day))/gi, 'memorial'],
  [/\b(?:viewing|visitation|wake|open casket)\b/gi, 'viewing'],
  [/\bconsultation\b/gi, 'consultation'],
];
/** "We haven't decided", "maybe cremation": a choice still open. */
const UNDECIDED =
  /\b(?:not sure|unsure|undecided|(?:haven't|have not|hasn't|not) (?:yet )?decided|don't know|do not know|discuss|talk (?:it|this|things) (?:over|through)|deciding|considering|maybe|perhaps|possibly|probably|might|leaning|options)\b/i;
const NEGATED_BEFORE = /\b(?:no|not|don't want|doesn't want|never|rather than|instead of|without)\s+(?:\w+\s+){0,2}$/i;
/** "I'm coming to the Hansen visitation": someone else's service, not one the caller is choosing. */
const ATTENDING_BEFORE = /\b(?:coming to|come to|attending|attend|going to|be at|came to)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i;

type Mention = { serviceType: CallerServiceType; index: number };

function mentions(text: string): Mention[] {
  return SERVICE_WORDS.flatMap(([pattern, serviceType]) =>
    [...text.matchAll(pattern)]
      .filter((m) => {
        const before = text.slice(0, m.index);
        return !NEGATED_BEFORE.test(before) && !ATTENDING_BEFORE.test(before);
      })
      .map((m) => ({ serviceType, index: m.index })),
  ).sort((a, b) => a.index - b.index);
}

/**
 * The service the caller clearly chose in this text, or null. A hedge ("not sure yet, maybe
 * cremation?") or a choice left open ("burial or cremation") chooses nothing.
 */
export const soundsUndecided = (text: string): boolean => UNDECIDED.test(text);

export function findChosenServiceType(text: string): CallerServiceType | null {
  const found = mentions(text);
  const first = found[0];
  if (first === undefined || soundsUndecided(text)) return null;
  const openChoice = found.some(
    (m) => m.serviceType !== first.serviceType && /\bor\b/i.test(text.slice(first.index, m.index)),
  );
  return openChoice ? null : first.serviceType;
}
