import { describe, expect, it } from 'vitest';
import type { Slot } from '../../domain/scheduling/slot.js';
import { createAgentMemory } from './agent-memory.js';
import { takeResult } from './take-result.js';

const PHOENIX_TUESDAY = createAgentMemory({ referenceLocal: '2026-10-13T10:00', timeZone: 'America/Phoenix', callerId: null });
const slot = (localStart: string): Slot => ({ start: '', end: '', localStart, localEnd: '' });
const asking = (days: string[]) => ({ ...PHOENIX_TUESDAY, preference: { ...PHOENIX_TUESDAY.preference, days } });

describe('takeResult: availability', () => {
  it('says the day asked for is full before offering other days', () => {
    const next = takeResult(asking(['2026-10-16']), { kind: 'availability', requested: null, slots: [slot('2026-10-17T09:00')] });
    expect(next.said[0]).toBe("I'm sorry, I have nothing free this Friday.");
  });

  it('says so for several days asked for, and names a later day with "on"', () => {
    const several = takeResult(asking(['2026-10-19', '2026-10-20']), { kind: 'availability', requested: null, slots: [slot('2026-10-21T09:00')] });
    expect(several.said[0]).toBe("I'm sorry, I have nothing free on the days you mentioned.");
    const later = takeResult(asking(['2026-10-26']), { kind: 'availability', requested: null, slots: [slot('2026-10-27T09:00')] });
    expect(later.said[0]).toBe("I'm sorry, I have nothing free on Monday, October 26.");
  });

  it('just offers when a time falls on a day asked for, or no day was named', () => {
    const onTheDay = takeResult(asking(['2026-10-16']), { kind: 'availability', requested: null, slots: [slot('2026-10-17T09:00'), slot('2026-10-16T15:00')] });
    expect(onTheDay.said).toHaveLength(1);
    expect(takeResult(PHOENIX_TUESDAY, { kind: 'availability', requested: null, slots: [slot('2026-10-17T09:00')] }).said).toHaveLength(1);
  });

  it('holds the earliest free time of the one day asked for "first thing", and only offers otherwise', () => {
    const firstThing = { ...asking(['2026-10-14']), preference: { days: ['2026-10-14'], partOfDay: 'morning' as const, exact: null, soonest: true } };
    const slots = [slot('2026-10-14T10:00'), slot('2026-10-14T09:00'), slot('2026-10-15T09:00')];
    const held = takeResult(firstThing, { kind: 'availability', requested: null, slots });
    expect(held.pending.hold).toBe('2026-10-14T09:00');
    expect(held.said).toEqual([]);
    const twoDays = { ...firstThing, preference: { ...firstThing.preference, days: ['2026-10-14', '2026-10-15'] } };
    expect(takeResult(twoDays, { kind: 'availability', requested: null, slots }).pending.hold).toBeNull();
    expect(takeResult(asking(['2026-10-14']), { kind: 'availability', requested: null, slots }).pending.hold).toBeNull();
  });
});
