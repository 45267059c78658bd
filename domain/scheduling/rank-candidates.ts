import { splitLocalDateTime } from '../dates/clock.js';
import { daysBetween } from '../dates/local-date.js';
import { partOfDayAt } from '../dates/part-of-day.js';
import type { TimePreference } from '../time-preference.js';
import type { Candidate } from './candidate.js';

/** Named days form one tier and all other days another; spreading across days happens within a tier. */
export type RankedCandidate = { candidate: Candidate; tier: number };

const NAMED_DAYS = 0;
const OTHER_DAYS = 1;

type RankKey = readonly number[];

/** Best first. `named` comes from `namedDays`: the caller's dates, most wanted first. */
export function rankCandidates(
  candidates: readonly Candidate[],
  preference: TimePreference,
  named: readonly string[],
  urgent: boolean,
): RankedCandidate[] {
  const keyOf = rankKey(preference, named, urgent);
  return candidates
    .map((candidate) => ({ candidate, key: keyOf(candidate) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ candidate, key }) => ({ candidate, tier: key[0] ?? OTHER_DAYS }));
}

/**
 * Named days in the caller's order; on the day of an exact time, the nearest times to it; else
 * the part of day they asked for. Other days: the asked-for part of day first, then the days just
 * after the earliest named day (a family that said "Friday" may not manage Thursday), then the
 * ones before it, nearest first. Earliest breaks every tie. In a hurry (urgent, or "as soon as
 * possible") other days go by date alone, and urgency also drops the part of day.
 */
function rankKey(preference: TimePreference, named: readonly string[], urgent: boolean): (c: Candidate) => RankKey {
  const exact = preference.exact ? splitLocalDateTime(preference.exact) : null;
  const wantedPart = urgent ? null : preference.partOfDay;
  const anchor = urgent || preference.soonest ? undefined : [...named].sort()[0];
  const partMiss = (c: Candidate) => (wantedPart && partOfDayAt(c.minute) !== wantedPart ? 1 : 0);
  const otherDayOrder = (date: string): [number, number] => {
    if (anchor === undefined) return [0, 0];
    const after = daysBetween(anchor, date);
    return after > 0 ? [0, after] : [1, -after];
  };
  return (c) => {
    const namedIndex = named.indexOf(c.date);
    if (namedIndex < 0) return [OTHER_DAYS, partMiss(c), ...otherDayOrder(c.date), c.startMs];
    const withinDay = exact?.date === c.date ? Math.abs(c.minute - exact.minute) : partMiss(c);
    return [NAMED_DAYS, namedIndex, withinDay, c.startMs];
  };
}

function compareKeys(a: RankKey, b: RankKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
