import { describe, expect, it } from 'vitest';
import type { Slot } from '../scheduling/slot.js';
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
