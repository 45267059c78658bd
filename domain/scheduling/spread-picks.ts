import type { Candidate } from './candidate.js';
import type { RankedCandidate } from './rank-candidates.js';

const MAX_PER_DAY = 2;
const MIN_GAP_MS = 60 * 60_000;

type Pick = (ranked: RankedCandidate, picked: readonly RankedCandidate[]) => boolean;

/**
 * Up to `limit` of the ranked candidates, best first, spread out: three consecutive half hours
 * are not a choice. At most two on one day while another day of the same tier has room (unless
 * `capPerDay` is off, for a caller in a hurry), and an hour apart on one day. Each rule is dropped
 * in turn only when too few candidates satisfy it.
 */
export function spreadPicks(ranked: readonly RankedCandidate[], limit: number, capPerDay: boolean): Candidate[] {
  const daysOfTier = new Map<number, Set<string>>();
  for (const { candidate, tier } of ranked) daysOfTier.set(tier, (daysOfTier.get(tier) ?? new Set()).add(candidate.date));
  const sameDay = (r: RankedCandidate, picked: readonly RankedCandidate[]) => picked.filter((p) => p.candidate.date === r.candidate.date);
  const spaced: Pick = (r, picked) => sameDay(r, picked).every((p) => Math.abs(p.candidate.startMs - r.candidate.startMs) >= MIN_GAP_MS);
  const withinDayCap: Pick = (r, picked) =>
    !capPerDay || (daysOfTier.get(r.tier)?.size ?? 0) < 2 || sameDay(r, picked).length < MAX_PER_DAY;
  const passes: Pick[] = [(r, picked) => spaced(r, picked) && withinDayCap(r, picked), spaced, () => true];

  const picked: RankedCandidate[] = [];
  for (const pass of passes) {
    for (const r of ranked) {
      if (picked.length >= limit) break;
      if (!picked.includes(r) && pass(r, picked)) picked.push(r);
    }
  }
  return ranked.filter((r) => picked.includes(r)).map((r) => r.candidate);
}
