import { describe, expect, it } from 'vitest';
import { createBusyIndex } from './busy-index.js';
import { checkSlot } from './check-slot.js';
import { findSlots } from './find-slots.js';
import { localBusy, localStarts, prefer, searchAt } from './test-fixtures.js';

const LA = 'America/Los_Angeles';
const DENVER = 'America/Denver';
const CHICAGO = 'America/Chicago';
const AUCKLAND = 'Pacific/Auckland';
// Wednesday 2026-07-08, 09:00 in Los Angeles; with two hours' notice the first start is 11:00.
const wednesdayMorning = (rest: Parameters<typeof searchAt>[2] = {}) => searchAt('2026-07-08T09:00', LA, rest);
const startsOf = (rest: Parameters<typeof searchAt>[2]) => localStarts(findSlots(wednesdayMorning(rest)));

describe('find slots', () => {
  describe('acceptance cases', () => {
    it('offers the first named day first, two there and one on the next named day (case 1)', () => {
      const search = wednesdayMorning({ service: 'burial', preference: prefer({ days: ['2026-07-10', '2026-07-11'] }) });
      const slots = findSlots(search);
      expect(slots).toHaveLength(3);
      expect(slots[0]).toEqual({ start: '2026-07-10T16:00:00.000Z', end: '2026-07-10T18:00:00.000Z', localStart: '2026-07-10T09:00', localEnd: '2026-07-10T11:00' });
      expect(localStarts(slots)).toEqual(['2026-07-10T09:00', '2026-07-10T10:00', '2026-07-11T09:00']);
      expect(checkSlot(search, '2026-07-11T11:00').ok).toBe(true);
    });

    it('offers the nearest free time on the same day when the asked-for time is taken (case 2)', () => {
      const search = searchAt('2026-07-08T11:00', DENVER, {
        service: 'memorial',
        busy: localBusy(DENVER, [['2026-07-10T10:00', '2026-07-10T12:30']]),
        preference: prefer({ exact: '2026-07-10T11:00', days: ['2026-07-10'] }),
      });
      expect(localStarts(findSlots(search))).toEqual(['2026-07-10T12:30', '2026-07-10T13:30', '2026-07-10T14:30']);
    });
  });

  describe('an exact time', () => {
    it('comes first when free, followed by the nearest times an hour apart that day', () => {
      expect(startsOf({ preference: prefer({ exact: '2026-07-10T11:00' }) })).toEqual(['2026-07-10T11:00', '2026-07-10T10:00', '2026-07-10T12:00']);
    });

    it('gives way to the nearest two on its day, then the other named day, when taken', () => {
      const busy = localBusy(LA, [['2026-07-10T10:00', '2026-07-10T12:30']]);
      const preference = prefer({ exact: '2026-07-10T11:00', days: ['2026-07-10', '2026-07-11'] });
      expect(startsOf({ busy, preference })).toEqual(['2026-07-10T12:30', '2026-07-10T13:30', '2026-07-11T09:00']);
    });

    it('is searched even beyond the horizon', () => {
      expect(startsOf({ preference: prefer({ exact: '2026-07-28T14:00' }) })[0]).toBe('2026-07-28T14:00');
    });
  });

  describe('named days', () => {
    it('follows the order the caller gave', () => {
      expect(startsOf({ preference: prefer({ days: ['2026-07-11', '2026-07-10'] }) })).toEqual(['2026-07-11T09:00', '2026-07-11T10:00', '2026-07-10T09:00']);
    });

    it('offers three times on a single named day', () => {
      expect(startsOf({ preference: prefer({ days: ['2026-07-28'] }) })).toEqual(['2026-07-28T09:00', '2026-07-28T10:00', '2026-07-28T11:00']);
    });

    it('falls back to the days just after a full named day, then to the days before it', () => {
      const busy = localBusy(LA, [['2026-07-10T08:00', '2026-07-10T18:00']]);
      expect(startsOf({ busy, horizonDays: 4, limit: 6, preference: prefer({ days: ['2026-07-10'] }) })).toEqual([
        '2026-07-11T09:00',
        '2026-07-11T10:00',
        '2026-07-09T09:00',
        '2026-07-09T10:00',
        '2026-07-08T11:00',
        '2026-07-08T12:00',
      ]);
    });

    it('ignores a named day already past', () => {
      expect(startsOf({ preference: prefer({ days: ['2026-07-01'] }) })).toEqual(startsOf({}));
    });
  });

  describe('part of day', () => {
    it('puts afternoon times first across all days', () => {
      expect(startsOf({ preference: prefer({ partOfDay: 'afternoon' }) })).toEqual(['2026-07-08T12:00', '2026-07-08T13:00', '2026-07-09T12:00']);
    });

    it('puts matching times first within the named days, in their order', () => {
      const preference = prefer({ days: ['2026-07-10', '2026-07-11'], partOfDay: 'afternoon' });
      expect(startsOf({ preference })).toEqual(['2026-07-10T12:00', '2026-07-10T13:00', '2026-07-11T12:00']);
    });

    it('prefers mornings on later days over afternoons today when asked for a morning', () => {
      expect(startsOf({ preference: prefer({ partOfDay: 'morning' }) })).toEqual(['2026-07-08T11:00', '2026-07-09T09:00', '2026-07-09T10:00']);
    });

    it('gives way to the earliest times when urgent', () => {
      expect(startsOf({ urgent: true, preference: prefer({ partOfDay: 'afternoon' }) })).toEqual(['2026-07-08T11:00', '2026-07-08T12:00', '2026-07-08T13:00']);
    });
  });

  describe('earliest first', () => {
    it('spreads offers over two days when the caller said nothing', () => {
      expect(startsOf({})).toEqual(['2026-07-08T11:00', '2026-07-08T12:00', '2026-07-09T09:00']);
    });

    it('keeps to the earliest hours, even on one day, for a caller who wants the soonest time', () => {
      expect(startsOf({ preference: prefer({ soonest: true }) })).toEqual(['2026-07-08T11:00', '2026-07-08T12:00', '2026-07-08T13:00']);
    });

    it('offers times less than an hour apart only when nothing else is free', () => {
      const search = searchAt('2026-07-10T07:00', LA, { horizonDays: 1, busy: localBusy(LA, [['2026-07-10T11:00', '2026-07-10T18:00']]) });
      expect(localStarts(findSlots(search))).toEqual(['2026-07-10T09:00', '2026-07-10T09:30']);
    });

    it('returns nothing when the calendar is full', () => {
      expect(startsOf({ busy: localBusy(LA, [['2026-07-01T00:00', '2026-08-01T00:00']]) })).toEqual([]);
    });
  });

  describe('time zones and DST', () => {
    it('places a Chicago week across the spring-forward change at the right instants', () => {
      const search = searchAt('2026-03-06T12:00', CHICAGO, { service: 'burial', preference: prefer({ days: ['2026-03-07', '2026-03-08', '2026-03-09'] }) });
      expect(findSlots({ ...search, limit: 4 }).map((s) => [s.localStart, s.start])).toEqual([
        ['2026-03-07T09:00', '2026-03-07T15:00:00.000Z'],
        ['2026-03-07T10:00', '2026-03-07T16:00:00.000Z'],
        ['2026-03-09T09:00', '2026-03-09T14:00:00.000Z'],
        ['2026-03-09T10:00', '2026-03-09T15:00:00.000Z'],
      ]);
    });

    it('checks busy instants after the spring-forward change with the new offset', () => {
      const busy = [{ start: '2026-03-09T14:00:00Z', end: '2026-03-09T16:00:00Z' }];
      const search = searchAt('2026-03-06T12:00', CHICAGO, { busy, preference: prefer({ days: ['2026-03-09'] }) });
      expect(localStarts(findSlots(search))[0]).toBe('2026-03-09T11:00');
    });

    it('places a Chicago week across the fall-back change at the right instants', () => {
      const search = searchAt('2026-10-29T12:00', CHICAGO, { preference: prefer({ days: ['2026-10-31', '2026-11-02'] }) });
      expect(findSlots(search).map((s) => s.start)).toEqual(['2026-10-31T14:00:00.000Z', '2026-10-31T15:00:00.000Z', '2026-11-02T15:00:00.000Z']);
    });

    it('counts the horizon from the local date in Auckland, a day ahead of UTC', () => {
      const search = { ...searchAt('2026-07-09T09:00', AUCKLAND), now: '2026-07-08T21:00:00Z' };
      expect(findSlots(search)[0]).toMatchObject({ localStart: '2026-07-09T11:00', start: '2026-07-08T23:00:00.000Z' });
    });

    it('places an Auckland week across its autumn change at the right instants', () => {
      const search = searchAt('2026-04-01T12:00', AUCKLAND, { preference: prefer({ days: ['2026-04-04', '2026-04-06'] }) });
      expect(findSlots(search).map((s) => s.start)).toEqual(['2026-04-03T20:00:00.000Z', '2026-04-03T21:00:00.000Z', '2026-04-05T21:00:00.000Z']);
    });

    it('keeps to the local half hour in a zone offset by half an hour', () => {
      const search = searchAt('2026-07-08T09:00', 'Asia/Kolkata', { preference: prefer({ days: ['2026-07-10'] }) });
      expect(findSlots(search).map((s) => s.start)).toEqual(['2026-07-10T03:30:00.000Z', '2026-07-10T04:30:00.000Z', '2026-07-10T05:30:00.000Z']);
    });
  });

  describe('inputs', () => {
    it('gives the same answer from a prebuilt busy index', () => {
      const busy = localBusy(LA, [['2026-07-08T10:00', '2026-07-08T14:30'], ['2026-07-09T09:00', '2026-07-09T10:00']]);
      expect(findSlots(wednesdayMorning({ busy: createBusyIndex(busy) }))).toEqual(findSlots(wednesdayMorning({ busy })));
    });

    it('honours the limit and the horizon', () => {
      expect(startsOf({ limit: 1 })).toEqual(['2026-07-08T11:00']);
      expect(startsOf({ horizonDays: 1, limit: 10 }).every((start) => start.startsWith('2026-07-08'))).toBe(true);
    });

    it('refuses a limit or horizon that is not a positive integer, and a reference time without a zone', () => {
      expect(() => findSlots(wednesdayMorning({ limit: 0 }))).toThrow(RangeError);
      expect(() => findSlots(wednesdayMorning({ horizonDays: 1.5 }))).toThrow(RangeError);
      expect(() => findSlots(wednesdayMorning({ now: '2026-07-08T09:00' }))).toThrow(RangeError);
    });
  });
});
