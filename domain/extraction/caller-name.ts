import { isCaseful, readNameAt } from './person-name.js';

// "my name is actually …" corrects an earlier name; the adverb is not part of the name. "I'm his
// son, Marcus Bell" puts the caller's role before the name.
const SELF_INTRODUCTION =
  /\b(?:my name is|my name's|the name is|the name's|i am|i'm|this is|call me)\s+(?:actually\s+|really\s+)?(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s*)?/gi;
/** "I gave you my maiden name. It's actually Claire Hughes": a name restated after talk of one's own name. */
const NAME_RESTATED = /\bmy\s+(?:\w+\s+)?name\b[^?!]{0,60}?\b(?:it's|it is)\s+(?:actually\s+)?/gi;
const LEADING_FILLER =
  /^(?:\s*(?:yes|yeah|yep|sure|ok|okay|oh|um|uh|well|hi|hello|sorry|of course|it's|it is|that's|that is|that would be)\b[\s,.!]*)*/i;
/** "Kenji Tanaka. K-E-N-J-I.": letters spelled out after a name only confirm it. */
const TRAILING_FILLER = /^[\s,.!]*(?:(?:please|thanks|thank you|[a-z](?:-[a-z])+)[\s,.!]*)*$/i;

/** The name a caller gives for themselves in this text ("I'm Sarah Williams"); the last one wins. */
export function findCallerName(text: string): string | null {
  const caseful = isCaseful(text);
  const found = [...text.matchAll(SELF_INTRODUCTION), ...text.matchAll(NAME_RESTATED)].flatMap((match) => {
    const reading = readNameAt(text, match.index + match[0].length, caseful);
    return reading === null ? [] : [reading];
  });
  return found.sort((a, b) => a.end - b.end).at(-1)?.name ?? null;
}

/**
 * A turn that is nothing but a name ("Margaret O'Brien.", "yes, it's dan reyes"), as callers answer
 * "may I have your name?". Whose name it is depends on the question, so that is the caller's call.
 */
export function readBareName(text: string): { name: string; words: number } | null {
  const start = LEADING_FILLER.exec(text)?.[0].length ?? 0;
  const reading = readNameAt(text, start, isCaseful(text));
  if (reading === null || !TRAILING_FILLER.test(text.slice(reading.end))) return null;
  return { name: reading.name, words: reading.name.split(' ').length };
}
