import { describe, expect, it } from 'vitest';
import type { Slot } from '../../domain/scheduling/slot.js';
import { pickOffered } from './pick-offered.js';

const slot = (localStart: string): Slot => ({ start: '', end: '', localStart, localEnd: '' });
// Spoken as "this Thursday at 10:30 AM or 9:30 AM, or this Friday at noon".
const OFFERED = [slot('2026-10-08T10:30'), slot('2026-10-09T12:00'), slot('2026-10-08T09:30')];

describe('pickOffered', () => {
  it('picks by the place in which the times were spoken, each day together', () => {
    expect(pickOffered('The first one, please.', OFFERED)).toBe('2026-10-08T10:30');
    expect(pickOffered("I'll take the second one", OFFERED)).toBe('2026-10-08T09:30');
    expect(pickOffered('the last option', OFFERED)).toBe('2026-10-09T12:00');
  });

  it('picks the earliest or the latest by time, whatever the order spoken', () => {
    expect(pickOffered('The earliest one, please.', OFFERED)).toBe('2026-10-08T09:30');
    expect(pickOffered('the latest', OFFERED)).toBe('2026-10-09T12:00');
  });

  it('picks nothing when no offer was made or no offer is pointed at', () => {
    expect(pickOffered('The earliest one, please.', [])).toBeNull();
    expect(pickOffered('The last time we were here was for my father.', OFFERED)).toBeNull();
    expect(pickOffered('Tuesday at 2 PM sounds good.', OFFERED)).toBeNull();
    expect(pickOffered('the third one', OFFERED.slice(0, 2))).toBeNull();
  });
});

describe('pickOffered when the caller simply agrees', () => {
  const offered = [slot('2026-12-11T11:00'), slot('2026-12-11T15:00')];
  it("takes the first offer for 'that'll do nicely' and 'perfect', and nothing for a remark about the phone", () => {
    expect(pickOffered("That'll do nicely. And it's this number I'm calling from.", offered)).toBe('2026-12-11T11:00');
    expect(pickOffered('Oh, perfect, thank you.', offered)).toBe('2026-12-11T11:00');
    expect(pickOffered("This number's fine.", offered)).toBeNull();
  });
});
