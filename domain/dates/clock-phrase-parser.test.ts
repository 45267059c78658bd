import { describe, expect, it } from 'vitest';
import { readDatePhrases } from './chrono-reader.js';

const clockOf = (text: string) => {
  const result = readDatePhrases(text, { date: '2026-07-08', minute: 540 }).find((r) => r.start.isCertain('hour'));
  return result ? [result.start.get('hour'), result.start.get('minute'), result.start.isCertain('meridiem')] : null;
};

describe('clock phrases', () => {
  it('reads "half past ten" without deciding morning or afternoon', () => {
    expect(clockOf('half past ten')).toEqual([10, 30, false]);
    expect(clockOf('Tuesday at half past 2')).toEqual([2, 30, false]);
  });

  it('reads quarters past and to the hour', () => {
    expect(clockOf('quarter past eleven')).toEqual([11, 15, false]);
    expect(clockOf('a quarter to one')).toEqual([12, 45, false]);
  });

  it('reads "half ten" as half past ten, as said in Britain and Ireland', () => {
    expect(clockOf('Half ten in the morning')).toEqual([10, 30, false]);
    expect(clockOf('half eleven, if you have it')).toEqual([11, 30, false]);
    expect(clockOf('quarter ten')).toBeNull();
  });

  it('rejects phrases that name no clock time', () => {
    expect(clockOf('half to ten')).toBeNull();
    expect(clockOf('half past 13')).toBeNull();
  });
});
