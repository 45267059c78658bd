import { describe, expect, it } from 'vitest';
import { defaultTenantSettings, type TenantSettings } from '../tenant-settings.js';
import { blockedInterval } from './blocked-interval.js';
import { checkSlot } from './check-slot.js';
import { instantOf, localBusy, searchAt } from './test-fixtures.js';

const DENVER = 'America/Denver';
const CHICAGO = 'America/Chicago';
const sundayNights = (timeZone: string): TenantSettings => {
  const settings = defaultTenantSettings(timeZone);
  return { ...settings, businessHours: { ...settings.businessHours, sunday: { open: '00:00', close: '06:00' } } };
};

describe('check slot', () => {
  // Acceptance case 2: an external event 10:00–12:00 with its 30-minute buffer is stored as 10:00–12:30.
  const memorial = searchAt('2026-07-08T11:00', DENVER, {
    service: 'memorial',
    busy: localBusy(DENVER, [['2026-07-10T10:00', '2026-07-10T12:30']]),
  });

  it('refuses a start whose booking would overlap a busy range', () => {
    expect(checkSlot(memorial, '2026-07-10T11:00')).toEqual({ ok: false, reason: 'taken' });
  });

  it('books a free start and gives its instants and wall clock', () => {
    expect(checkSlot(memorial, '2026-07-10T13:30')).toEqual({
      ok: true,
      slot: { start: '2026-07-10T19:30:00.000Z', end: '2026-07-10T21:30:00.000Z', localStart: '2026-07-10T13:30', localEnd: '2026-07-10T15:30' },
    });
  });

  it('keeps the buffer on both sides, exactly as the exclusion constraint does', () => {
    // Memorial 120 + buffer 30 must end by 10:00 when the next blocked range starts then.
    expect(checkSlot(memorial, '2026-07-10T07:30')).toMatchObject({ ok: false, reason: 'outside_hours' });
    const consultation = { ...memorial, service: 'consultation' as const };
    expect(checkSlot(consultation, '2026-07-10T09:00').ok).toBe(false);
    const earlier = { ...consultation, busy: localBusy(DENVER, [['2026-07-10T10:30', '2026-07-10T12:30']]) };
    expect(checkSlot(earlier, '2026-07-10T09:00').ok).toBe(true);
    expect(checkSlot(earlier, '2026-07-10T12:30').ok).toBe(true);
    expect(checkSlot(earlier, '2026-07-10T12:00')).toEqual({ ok: false, reason: 'taken' });
  });

  it('agrees with the database about a booking it made itself', () => {
    const first = checkSlot(memorial, '2026-07-10T13:00');
    if (!first.ok) throw new Error('expected 13:00 to be free');
    const booked = blockedInterval(first.slot.start, first.slot.end, memorial.settings.bufferMinutes);
    const after = { ...memorial, busy: [...localBusy(DENVER, [['2026-07-10T10:00', '2026-07-10T12:30']]), booked] };
    expect(checkSlot(after, '2026-07-10T13:00')).toEqual({ ok: false, reason: 'taken' });
    expect(checkSlot(after, '2026-07-10T15:00')).toEqual({ ok: false, reason: 'taken' });
    expect(checkSlot({ ...after, service: 'consultation' }, '2026-07-10T15:30').ok).toBe(true);
  });

  describe('reasons (acceptance case 3)', () => {
    const search = searchAt('2026-07-08T11:00', DENVER);

    it('says closed on a Sunday', () => {
      expect(checkSlot(search, '2026-07-12T10:00')).toEqual({ ok: false, reason: 'closed' });
    });

    it('says it would run past closing when a weekday consultation at 16:30 would end after closing', () => {
      expect(checkSlot(search, '2026-07-09T16:30')).toEqual({ ok: false, reason: 'runs_past_closing' });
      expect(checkSlot(search, '2026-07-09T16:00').ok).toBe(true);
      expect(checkSlot(search, '2026-07-09T08:30')).toEqual({ ok: false, reason: 'outside_hours' });
      expect(checkSlot(search, '2026-07-11T14:30')).toEqual({ ok: false, reason: 'runs_past_closing' });
    });

    it('says too soon inside the minimum notice, and books right at its edge', () => {
      expect(checkSlot(search, '2026-07-08T12:00')).toEqual({ ok: false, reason: 'too_soon' });
      expect(checkSlot(search, '2026-07-08T13:00').ok).toBe(true);
      expect(checkSlot(search, '2026-07-07T10:00')).toEqual({ ok: false, reason: 'too_soon' });
    });

    it('says off grid away from the half hour', () => {
      expect(checkSlot(search, '2026-07-10T10:15')).toEqual({ ok: false, reason: 'off_grid' });
    });

    it('says not a time for text that is no local date-time', () => {
      for (const text of ['2026-07-10', '2026-07-10T25:00', '2026-02-30T10:00', 'Friday at ten', '2026-07-10T10:00Z']) {
        expect(checkSlot(search, text)).toEqual({ ok: false, reason: 'not_a_time' });
      }
    });
  });

  describe('across DST changes in America/Chicago', () => {
    const night = (nowLocal: string) => searchAt(nowLocal, sundayNights(CHICAGO), { settings: { ...sundayNights(CHICAGO), minNoticeMinutes: 0 } });

    it('says not a time for a wall clock the spring-forward gap skips', () => {
      const search = night('2026-03-07T12:00');
      expect(checkSlot(search, '2026-03-08T02:00')).toEqual({ ok: false, reason: 'not_a_time' });
      expect(checkSlot(search, '2026-03-08T02:30')).toEqual({ ok: false, reason: 'not_a_time' });
    });

    it('ends an hour of real time later on the wall clock across the gap', () => {
      expect(checkSlot(night('2026-03-07T12:00'), '2026-03-08T01:30')).toEqual({
        ok: true,
        slot: { start: '2026-03-08T07:30:00.000Z', end: '2026-03-08T08:30:00.000Z', localStart: '2026-03-08T01:30', localEnd: '2026-03-08T03:30' },
      });
    });

    it('takes the earlier instant of a repeated fall-back time', () => {
      expect(checkSlot(night('2026-10-31T12:00'), '2026-11-01T01:00')).toEqual({
        ok: true,
        slot: { start: '2026-11-01T06:00:00.000Z', end: '2026-11-01T07:00:00.000Z', localStart: '2026-11-01T01:00', localEnd: '2026-11-01T01:00' },
      });
    });

    it('judges the repeated hour against busy ranges at its first occurrence', () => {
      // Busy during the second 01:30 (CST): the first 01:00 (CDT) plus its hour and buffer ends just then.
      const secondHalfPastOne = { start: '2026-11-01T07:30:00Z', end: '2026-11-01T08:00:00Z' };
      const search = { ...night('2026-10-31T12:00'), busy: [secondHalfPastOne] };
      expect(checkSlot(search, '2026-11-01T01:00')).toMatchObject({ ok: true, slot: { start: '2026-11-01T06:00:00.000Z' } });
      expect(checkSlot(search, '2026-11-01T01:30')).toEqual({ ok: false, reason: 'taken' });
    });
  });

  it('reads the start in the tenant zone, not the host zone, far from UTC', () => {
    const kolkata = searchAt('2026-07-08T09:00', 'Asia/Kolkata');
    expect(checkSlot(kolkata, '2026-07-09T09:00')).toMatchObject({ ok: true, slot: { start: '2026-07-09T03:30:00.000Z' } });
    const auckland = searchAt('2026-07-09T09:00', 'Pacific/Auckland');
    expect(checkSlot(auckland, '2026-07-09T11:00')).toMatchObject({ ok: true, slot: { start: instantOf('2026-07-09T11:00', 'Pacific/Auckland') } });
    expect(instantOf('2026-07-09T11:00', 'Pacific/Auckland')).toBe('2026-07-08T23:00:00.000Z');
    expect(checkSlot(auckland, '2026-07-09T10:30')).toEqual({ ok: false, reason: 'too_soon' });
  });
});
