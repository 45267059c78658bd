import { describe, expect, it } from 'vitest';
import { joinLocalDateTime } from '../dates/clock.js';
import { defaultTenantSettings, type TenantSettings } from '../tenant-settings.js';
import { freeStartsOn } from './free-starts.js';
import { searchRules } from './search-rules.js';
import { searchAt } from './test-fixtures.js';

const chicagoSundays = (open: string, close: string): TenantSettings => {
  const settings = defaultTenantSettings('America/Chicago');
  return { ...settings, minNoticeMinutes: 0, businessHours: { ...settings.businessHours, sunday: { open, close } } };
};
const freeWallClocks = (settings: TenantSettings, date: string) =>
  freeStartsOn(searchRules(searchAt('2026-03-01T00:00', settings)), date).map((c) => joinLocalDateTime(c.date, c.minute));

describe('free starts on a day', () => {
  it('lists every half hour from opening whose appointment ends by closing', () => {
    expect(freeWallClocks(defaultTenantSettings('America/Chicago'), '2026-03-07')).toEqual(
      ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00', '13:30', '14:00'].map((t) => `2026-03-07T${t}`),
    );
  });

  it('starts on the first half hour after an opening time off the grid', () => {
    expect(freeWallClocks(chicagoSundays('09:15', '11:30'), '2026-03-15')).toEqual(['2026-03-15T09:30', '2026-03-15T10:00', '2026-03-15T10:30']);
  });

  it('is empty on a closed day', () => {
    expect(freeWallClocks(defaultTenantSettings('America/Chicago'), '2026-03-08')).toEqual([]);
  });

  it('skips the wall-clock times the spring-forward change never shows', () => {
    expect(freeWallClocks(chicagoSundays('00:00', '05:00'), '2026-03-08')).toEqual(
      ['00:00', '00:30', '01:00', '01:30', '03:00', '03:30', '04:00'].map((t) => `2026-03-08T${t}`),
    );
  });

  it('offers each time the fall-back change repeats once, at its first occurrence', () => {
    const starts = freeStartsOn(searchRules(searchAt('2026-10-30T00:00', chicagoSundays('00:00', '02:00'))), '2026-11-01');
    expect(starts.map((c) => [c.minute, new Date(c.startMs).toISOString()])).toEqual([
      [0, '2026-11-01T05:00:00.000Z'],
      [30, '2026-11-01T05:30:00.000Z'],
      [60, '2026-11-01T06:00:00.000Z'],
      [90, '2026-11-01T06:30:00.000Z'],
    ]);
  });
});
