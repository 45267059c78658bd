import { describe, expect, it } from 'vitest';
import { joinLocalDateTime } from '../dates/clock.js';
import { rankCandidates } from './rank-candidates.js';
import { candidateAt, prefer } from './test-fixtures.js';

const CANDIDATES = ['2026-07-09T09:00', '2026-07-09T14:00', '2026-07-10T09:00', '2026-07-10T11:30', '2026-07-10T15:00', '2026-07-13T09:00', '2026-07-13T13:00'].map(candidateAt);
const order = (ranked: ReturnType<typeof rankCandidates>) => ranked.map((r) => `${joinLocalDateTime(r.candidate.date, r.candidate.minute)}#${r.tier}`);

describe('rank candidates', () => {
  it('ranks by time alone without a preference', () => {
    expect(order(rankCandidates(CANDIDATES, prefer({}), [], false))).toEqual(CANDIDATES.map((c) => `${joinLocalDateTime(c.date, c.minute)}#1`));
  });

  it('ranks the exact day by distance from the asked-for time, then days after it, then days before', () => {
    const preference = prefer({ exact: '2026-07-10T11:00' });
    expect(order(rankCandidates(CANDIDATES, preference, ['2026-07-10'], false))).toEqual([
      '2026-07-10T11:30#0',
      '2026-07-10T09:00#0',
      '2026-07-10T15:00#0',
      '2026-07-13T09:00#1',
      '2026-07-13T13:00#1',
      '2026-07-09T09:00#1',
      '2026-07-09T14:00#1',
    ]);
  });

  it('ranks the asked-for part of day first, on the named day and then on the others, nearest first', () => {
    const preference = prefer({ days: ['2026-07-13'], partOfDay: 'afternoon' });
    expect(order(rankCandidates(CANDIDATES, preference, ['2026-07-13'], false)).slice(0, 4)).toEqual([
      '2026-07-13T13:00#0',
      '2026-07-13T09:00#0',
      '2026-07-10T15:00#1',
      '2026-07-09T14:00#1',
    ]);
  });

  it('ranks the other days by time alone when urgent', () => {
    const preference = prefer({ days: ['2026-07-10'], partOfDay: 'afternoon' });
    expect(order(rankCandidates(CANDIDATES, preference, ['2026-07-10'], true)).slice(0, 5)).toEqual([
      '2026-07-10T09:00#0',
      '2026-07-10T11:30#0',
      '2026-07-10T15:00#0',
      '2026-07-09T09:00#1',
      '2026-07-09T14:00#1',
    ]);
  });
});
