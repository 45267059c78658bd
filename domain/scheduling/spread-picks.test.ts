import { describe, expect, it } from 'vitest';
import { joinLocalDateTime } from '../dates/clock.js';
import type { RankedCandidate } from './rank-candidates.js';
import { spreadPicks } from './spread-picks.js';
import { candidateAt } from './test-fixtures.js';

const ranked = (tier: number, ...locals: string[]): RankedCandidate[] => locals.map((local) => ({ tier, candidate: candidateAt(local) }));
const picks = (...args: Parameters<typeof spreadPicks>) => spreadPicks(...args).map((c) => joinLocalDateTime(c.date, c.minute));

describe('spread picks', () => {
  const friday = ranked(0, '2026-07-10T09:00', '2026-07-10T09:30', '2026-07-10T10:00', '2026-07-10T11:00');
  const saturday = ranked(0, '2026-07-11T09:00');

  it('keeps picks on one day an hour apart', () => {
    expect(picks(friday, 3, true)).toEqual(['2026-07-10T09:00', '2026-07-10T10:00', '2026-07-10T11:00']);
  });

  it('takes at most two from a day while another day of the tier has room', () => {
    expect(picks([...friday, ...saturday], 3, true)).toEqual(['2026-07-10T09:00', '2026-07-10T10:00', '2026-07-11T09:00']);
  });

  it('does not cap a day because of days in a lower tier', () => {
    expect(picks([...friday, ...ranked(1, '2026-07-13T09:00')], 3, true)).toEqual(['2026-07-10T09:00', '2026-07-10T10:00', '2026-07-10T11:00']);
  });

  it('fills from one day in a hurry, and relaxes the hour only when nothing else is left', () => {
    expect(picks([...friday, ...saturday], 3, false)).toEqual(['2026-07-10T09:00', '2026-07-10T10:00', '2026-07-10T11:00']);
    expect(picks(ranked(0, '2026-07-10T09:00', '2026-07-10T09:30'), 3, true)).toEqual(['2026-07-10T09:00', '2026-07-10T09:30']);
  });

  it('returns the picks in ranked order', () => {
    expect(picks(ranked(0, '2026-07-10T11:00', '2026-07-10T10:30', '2026-07-10T09:00'), 3, true)).toEqual(['2026-07-10T11:00', '2026-07-10T10:30', '2026-07-10T09:00']);
  });
});
