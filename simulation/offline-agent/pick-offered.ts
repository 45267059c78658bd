import type { Slot } from '../../domain/scheduling/slot.js';

const PICK = /\bthe\s+(first|earliest|second|middle|third|last|latest|later)(?:\s+(?:one|option|slot|of those)\b|\s*(?=[.,!?]|$))/i;
const PLACES: Readonly<Record<string, (spoken: readonly string[]) => string | undefined>> = {
  first: (spoken) => spoken[0],
  second: (spoken) => spoken[1],
  middle: (spoken) => (spoken.length === 3 ? spoken[1] : undefined),
  third: (spoken) => spoken[2],
  last: (spoken) => spoken.at(-1),
  earliest: (spoken) => [...spoken].sort()[0],
  latest: (spoken) => [...spoken].sort().at(-1),
  later: (spoken) => [...spoken].sort().at(-1),
};

/** The offers in the order the caller heard them: each day's times together, days as first named. */
function spokenOrder(offered: readonly Slot[]): string[] {
  const starts = offered.map((slot) => slot.localStart);
  const days = [...new Set(starts.map((start) => start.slice(0, 10)))];
  return days.flatMap((day) => starts.filter((start) => start.startsWith(day)));
}

/**
 * "That'll do nicely", "perfect", "let's do that", said first in the turn: the caller takes what
 * they were offered, whose first time is the one that fits their wish best.
 */
const ACCEPT =
  /^(?:\s*(?:oh|ok|okay|yes|yeah|great|lovely|right|wonderful)[,.!\s]+)*(?:that(?:'ll| will) do|that works|that(?: one)?(?:'s| is) (?:fine|perfect|good|great)|sounds (?:good|fine|perfect|great)|perfect|let's do (?:that|it)|book (?:it|that))\b/i;

/** "The earliest one, please", "the second one", "that'll do": the local start of the offered time picked. */
export function pickOffered(text: string, offered: readonly Slot[]): string | null {
  if (offered.length === 0) return null;
  const place = PICK.exec(text)?.[1]?.toLowerCase() ?? (ACCEPT.test(text.replace(/’/g, "'")) ? 'first' : undefined);
  if (place === undefined) return null;
  return PLACES[place]?.(spokenOrder(offered)) ?? null;
}
