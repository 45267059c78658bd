import type { Slot } from '../scheduling/slot.js';

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

/** "The earliest one, please", "the second one": the local start of an offered time picked by its place. */
export function pickOffered(text: string, offered: readonly Slot[]): string | null {
  const place = PICK.exec(text)?.[1]?.toLowerCase();
  if (place === undefined || offered.length === 0) return null;
  return PLACES[place]?.(spokenOrder(offered)) ?? null;
}
