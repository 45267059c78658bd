import { freeStartsOn } from './free-starts.js';
import { namedDays } from './named-days.js';
import { rankCandidates } from './rank-candidates.js';
import { searchDates } from './search-dates.js';
import { searchRules } from './search-rules.js';
import { LOOK_AHEAD_DAYS } from '../time-preference.js';
import { DEFAULT_LIMIT, type SlotSearch } from './slot-search.js';
import { spreadPicks } from './spread-picks.js';
import { toSlot } from './candidate.js';
import type { Slot } from './slot.js';

/** The few free slots to offer a caller, best first. */
export function findSlots(search: SlotSearch): Slot[] {
  const horizonDays = positiveInteger('horizonDays', search.horizonDays ?? LOOK_AHEAD_DAYS);
  const limit = positiveInteger('limit', search.limit ?? DEFAULT_LIMIT);
  const urgent = search.urgent ?? false;
  const rules = searchRules(search);
  const named = namedDays(search.preference, rules.today);
  const candidates = searchDates(rules.today, horizonDays, named).flatMap((date) => freeStartsOn(rules, date));
  const ranked = rankCandidates(candidates, search.preference, named, urgent);
  // Someone in a hurry wants the earliest times, even if they all fall on one day.
  const capPerDay = !(urgent || search.preference.soonest);
  return spreadPicks(ranked, limit, capPerDay).map((candidate) => toSlot(candidate, search.settings.timeZone));
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}
