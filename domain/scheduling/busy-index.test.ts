import { describe, expect, it } from 'vitest';
import { asBusyIndex, createBusyIndex, overlapsBusy } from './busy-index.js';

const at = (hhmm: string) => Date.parse(`2026-07-10T${hhmm}:00Z`);
const interval = (from: string, to: string) => ({ start: `2026-07-10T${from}:00Z`, end: `2026-07-10T${to}:00Z` });

describe('busy index', () => {
  const index = createBusyIndex([interval('14:00', '15:00'), interval('09:00', '12:00'), interval('10:00', '10:30')]);

  it('finds an overlap with any interval, whatever order they came in', () => {
    expect(overlapsBusy(index, at('11:30'), at('13:00'))).toBe(true);
    expect(overlapsBusy(index, at('14:59'), at('16:00'))).toBe(true);
    expect(overlapsBusy(index, at('08:00'), at('17:00'))).toBe(true);
  });

  it('treats touching intervals as free', () => {
    expect(overlapsBusy(index, at('12:00'), at('14:00'))).toBe(false);
    expect(overlapsBusy(index, at('07:00'), at('09:00'))).toBe(false);
    expect(overlapsBusy(index, at('15:00'), at('18:00'))).toBe(false);
  });

  it('sees a long interval that started well before shorter later ones', () => {
    const nested = createBusyIndex([interval('08:00', '18:00'), interval('09:00', '09:30')]);
    expect(overlapsBusy(nested, at('16:00'), at('17:00'))).toBe(true);
  });

  it('is free everywhere when empty', () => {
    expect(overlapsBusy(createBusyIndex([]), at('09:00'), at('10:00'))).toBe(false);
  });

  it('rejects intervals that are not ISO instants or end before they start', () => {
    expect(() => createBusyIndex([{ start: 'soon', end: 'later' }])).toThrow(RangeError);
    expect(() => createBusyIndex([interval('12:00', '11:00')])).toThrow(RangeError);
  });

  it('agrees with a linear scan on random calendars', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const day = Date.parse('2026-07-10T00:00:00Z');
    const busy = Array.from({ length: 200 }, () => {
      const start = day + Math.floor(next() * 1440) * 60_000;
      return { start: new Date(start).toISOString(), end: new Date(start + (1 + Math.floor(next() * 240)) * 60_000).toISOString() };
    });
    const random = createBusyIndex(busy);
    for (let i = 0; i < 500; i += 1) {
      const start = day + Math.floor(next() * 1440) * 60_000;
      const end = start + (1 + Math.floor(next() * 120)) * 60_000;
      const scan = busy.some((b) => Date.parse(b.start) < end && Date.parse(b.end) > start);
      expect(overlapsBusy(random, start, end)).toBe(scan);
    }
  });
});

describe('busy index from either form', () => {
  it('builds an index from intervals and passes a prebuilt one through untouched', () => {
    const index = createBusyIndex([interval('09:00', '10:00')]);
    expect(asBusyIndex(index)).toBe(index);
    expect(overlapsBusy(asBusyIndex([interval('09:00', '10:00')]), at('09:30'), at('09:45'))).toBe(true);
  });

  it('refuses instants without a zone', () => {
    expect(() => createBusyIndex([{ start: '2026-07-10T09:00', end: '2026-07-10T10:00' }])).toThrow(RangeError);
  });
});
