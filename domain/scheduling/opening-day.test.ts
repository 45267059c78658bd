import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/local-date.js';
import { defaultTenantSettings, WEEKDAYS, type TenantSettings } from '../tenant-settings.js';
import { wallClockToMs } from '../dates/zoned-time.js';
import { openingDay } from './opening-day.js';

const openAllDay = (timeZone: string): TenantSettings => ({
  ...defaultTenantSettings(timeZone),
  businessHours: Object.fromEntries(WEEKDAYS.map((d) => [d, { open: '00:00', close: '23:30' }])) as TenantSettings['businessHours'],
});

describe('opening day', () => {
  it('is null on a closed weekday and carries the hours of an open one', () => {
    const settings = defaultTenantSettings('America/Chicago');
    expect(openingDay('2026-07-12', settings)).toBeNull();
    const saturday = openingDay('2026-07-11', settings);
    expect(saturday).toMatchObject({ openMinute: 540, closeMinute: 900 });
    expect(new Date(saturday?.openMs ?? 0).toISOString()).toBe('2026-07-11T14:00:00.000Z');
    expect(new Date(saturday?.closeMs ?? 0).toISOString()).toBe('2026-07-11T20:00:00.000Z');
  });

  it.each([
    ['America/Chicago', '2026-03-06'],
    ['America/Chicago', '2026-10-30'],
    ['Pacific/Auckland', '2026-04-03'],
    ['Pacific/Auckland', '2026-09-25'],
    ['America/Santiago', '2026-09-04'],
    ['Australia/Lord_Howe', '2026-04-03'],
    ['Asia/Kolkata', '2026-03-06'],
  ])('places every minute of the days around a clock change in %s as the zone rules do', (timeZone, firstDate) => {
    const settings = openAllDay(timeZone);
    for (let offset = 0; offset < 4; offset += 1) {
      const date = addDays(firstDate, offset);
      const day = openingDay(date, settings);
      for (let minute = 0; minute < 23 * 60 + 30; minute += 15) {
        expect(day?.at(minute), `${date} +${minute}`).toEqual(wallClockToMs(date, minute, timeZone));
      }
    }
  });
});
