/**
 * Callers change their mind mid-sentence ("Tuesday at one? Actually, no … Wednesday at one
 * instead", "the 16th… no, sorry, I mean the 23rd") or set a date aside for the one they ask for
 * ("the church is on the 10th, but could we come in on the 4th?"). What follows the last such turn
 * of phrase is their wish; what came before it is withdrawn.
 */
const CHANGE_OF_MIND =
  /\b(?:no|nope|sorry|actually|i mean|i meant|rather|instead|make (?:it|that)|let's say|let's do|scratch that|on second thought|wait)\b|\bbut\s+(?=(?:could|can|would|will|may|is|are|do|does)\s+(?:we|i|you|it|there)\b)/gi;
/** "not this Saturday", "not on the 16th": a day named only to be ruled out. */
const RULED_OUT = /\bnot\s+(?:on\s+|for\s+)?$/i;

/** A mention of time: the days it names and the time of day it gives ("10:00", "morning"), if any. */
export type TimeMention = { index: number; days: readonly string[]; time: string | null };

/**
 * Whether what was said after a cue changes what was said before it: a new day, or another time
 * than one already given. "Sorry, I've forgotten what you asked. Friday at ten" only says it again.
 */
function changes(before: readonly TimeMention[], after: readonly TimeMention[]): boolean {
  const days = new Set(before.flatMap((mention) => mention.days));
  const times = new Set(before.flatMap((mention) => (mention.time === null ? [] : [mention.time])));
  return after.some((mention) => mention.days.some((day) => !days.has(day)) || (mention.time !== null && times.size > 0 && !times.has(mention.time)));
}

/**
 * Where the caller's latest word on time starts: right after the last change of mind that the
 * mentions after it bear out, else the start of the text.
 */
export function latestWordStart(text: string, mentions: readonly TimeMention[]): number {
  let start = 0;
  for (const cue of text.matchAll(CHANGE_OF_MIND)) {
    const end = cue.index + cue[0].length;
    const after = mentions.filter((mention) => mention.index >= end);
    if (changes(mentions.filter((mention) => mention.index < end), after)) start = end;
  }
  return start;
}

export function isRuledOut(text: string, index: number): boolean {
  return RULED_OUT.test(text.slice(0, index));
}
