import { describe, expect, it } from 'vitest';
import { joinLocalDateTime, minuteOfDay, splitLocalDateTime } from '../dates/clock.js';
import { addDays, weekdayOf } from '../dates/local-date.js';
import { msToWallClock } from '../dates/zoned-time.js';
import { SERVICE_TYPES } from '../services.js';
import { defaultTenantSettings, WEEKDAYS, type TenantSettings } from '../tenant-settings.js';
import type { PartOfDay } from '../time-preference.js';
import { checkSlot } from './check-slot.js';
import { findSlots } from './find-slots.js';
import type { SlotSearch } from './slot-search.js';
import type { BusyInterval } from './slot.js';
import { prefer } from './test-fixtures.js';

const MINUTE_MS = 60_000;
const HALF_HOUR_MS = 30 * MINUTE_MS;
const DAY_MS = 24 * 60 * MINUTE_MS;
// Hundreds of zone lookups per calendar in the oracle; generous for a loaded CI machine.
const TIMEOUT_MS = 30_000;
// Offsets of these zones are whole half hours, so a half-hourly scan of instants sees every grid time.
const ZONES = ['America/Chicago', 'Pacific/Auckland', 'Asia/Kolkata', 'America/Los_Angeles'];

/** mulberry32: a small seeded generator, so a failing calendar can be replayed. */
function seeded(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

type Random = ReturnType<typeof seeded>;

function randomSettings(random: Random): TenantSettings {
  const settings = defaultTenantSettings(random.pick(ZONES));
  // Hours around the clock put DST changes inside opening hours.
  const aroundTheClock = random.next() < 0.4;
  return {
    ...settings,
    bufferMinutes: random.pick([0, 15, 30, 60]),
    minNoticeMinutes: random.pick([0, 120, 1440]),
    businessHours: aroundTheClock
      ? (Object.fromEntries(WEEKDAYS.map((d) => [d, { open: '00:00', close: '23:30' }])) as TenantSettings['businessHours'])
      : settings.businessHours,
  };
}

/** A search over a plain list of busy ranges, which the oracle scans one by one. */
type RandomSearch = SlotSearch & { busy: BusyInterval[] };

function randomSearch(random: Random): RandomSearch {
  const settings = randomSettings(random);
  // Around the spring and autumn changes of both hemispheres.
  const nowMs = Date.UTC(2026, random.pick([2, 3, 8, 9, 10]), 1 + random.int(28), random.int(24), random.int(60));
  const busy: BusyInterval[] = Array.from({ length: random.int(80) }, () => {
    const start = Math.floor((nowMs - DAY_MS + random.next() * 17 * DAY_MS) / (15 * MINUTE_MS)) * 15 * MINUTE_MS;
    return { start: new Date(start).toISOString(), end: new Date(start + (15 + random.int(20) * 15) * MINUTE_MS).toISOString() };
  });
  const today = splitLocalDateTime(msToWallClock(nowMs, settings.timeZone)).date;
  const days = Array.from({ length: random.int(3) }, () => addDays(today, random.int(18) - 2));
  const exact = random.next() < 0.3 ? joinLocalDateTime(addDays(today, random.int(16)), random.int(48) * 30 + random.pick([0, 0, 0, 15])) : null;
  return {
    settings,
    service: random.pick(SERVICE_TYPES),
    now: new Date(nowMs).toISOString(),
    busy,
    preference: prefer({ days, exact, partOfDay: random.pick<PartOfDay | null>([null, 'morning', 'afternoon', 'evening']), soonest: random.next() < 0.2 }),
    urgent: random.next() < 0.2,
    horizonDays: 1 + random.int(14),
    limit: 1 + random.int(5),
  };
}

/** The tenant's wall clock read through Intl rather than luxon, so the oracle does not share the engine's library. */
function wallClockReader(timeZone: string): (ms: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  return (ms) => {
    const part = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
    return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
  };
}

/** Every searched wall-clock time on the grid that can be booked, worked out the slow, obvious way. */
function bruteForceFree(search: RandomSearch, dates: readonly string[]): Map<string, number> {
  const { settings } = search;
  const nowMs = Date.parse(search.now);
  const wallClockAt = wallClockReader(settings.timeZone);
  const firstInstant = new Map<string, number>();
  const from = Math.floor(nowMs / HALF_HOUR_MS) * HALF_HOUR_MS - 3 * DAY_MS;
  const until = nowMs + 20 * DAY_MS;
  for (let ms = from; ms < until; ms += HALF_HOUR_MS) {
    const wall = wallClockAt(ms);
    if (!firstInstant.has(wall)) firstInstant.set(wall, ms);
  }
  const free = new Map<string, number>();
  for (const date of dates) {
    const hours = settings.businessHours[weekdayOf(date)];
    const closeMs = hours ? firstInstant.get(`${date}T${hours.close}`) : undefined;
    if (!hours || closeMs === undefined) continue;
    for (let minute = 0; minute < 24 * 60; minute += 30) {
      const wall = joinLocalDateTime(date, minute);
      const startMs = firstInstant.get(wall);
      if (minute < minuteOfDay(hours.open) || startMs === undefined) continue;
      const endMs = startMs + settings.serviceDurations[search.service] * MINUTE_MS;
      const blockedEnd = endMs + settings.bufferMinutes * MINUTE_MS;
      const overlaps = search.busy.some((b) => Date.parse(b.start) < blockedEnd && Date.parse(b.end) > startMs);
      if (endMs <= closeMs && startMs >= nowMs + settings.minNoticeMinutes * MINUTE_MS && !overlaps) free.set(wall, startMs);
    }
  }
  return free;
}

function searchedDates(search: SlotSearch): string[] {
  const today = splitLocalDateTime(msToWallClock(Date.parse(search.now), search.settings.timeZone)).date;
  const horizon = Array.from({ length: search.horizonDays ?? 14 }, (_, i) => addDays(today, i));
  const named = [...search.preference.days, ...(search.preference.exact ? [search.preference.exact.slice(0, 10)] : [])];
  return [...new Set([...horizon, ...named.filter((date) => date >= today)])];
}

describe('find slots on random calendars', () => {
  it('offers only bookable, non-overlapping slots, as many as exist up to the limit, agreeing with a brute-force scan', () => {
    const random = seeded(20_260_708);
    for (let run = 0; run < 120; run += 1) {
      const search = randomSearch(random);
      const free = bruteForceFree(search, searchedDates(search));
      const slots = findSlots(search);
      const context = `run ${run}: ${JSON.stringify({ ...search, busy: search.busy.length })}`;

      expect(slots.length, context).toBe(Math.min(search.limit ?? 3, free.size));
      expect(new Set(slots.map((s) => s.start)).size, context).toBe(slots.length);
      for (const slot of slots) {
        expect(free.get(slot.localStart), context).toBe(Date.parse(slot.start));
        expect(checkSlot(search, slot.localStart), context).toEqual({ ok: true, slot });
        const blockedEnd = Date.parse(slot.end) + search.settings.bufferMinutes * MINUTE_MS;
        expect(search.busy.some((b) => Date.parse(b.start) < blockedEnd && Date.parse(b.end) > Date.parse(slot.start)), context).toBe(false);
      }
      const plain = search.preference.days.length === 0 && !search.preference.exact && (search.urgent || !search.preference.partOfDay);
      if (plain && free.size > 0) expect(Date.parse(slots[0]?.start ?? ''), context).toBe(Math.min(...free.values()));
    }
  }, TIMEOUT_MS);

  it('checks a start as bookable exactly when the brute-force scan finds it free', () => {
    const random = seeded(42);
    for (let run = 0; run < 50; run += 1) {
      const search = randomSearch(random);
      const dates = searchedDates(search);
      const free = bruteForceFree(search, dates);
      for (let probe = 0; probe < 30; probe += 1) {
        const wall = joinLocalDateTime(random.pick(dates), random.int(96) * 15);
        expect(checkSlot(search, wall).ok, `run ${run} ${wall}`).toBe(free.has(wall));
      }
    }
  }, TIMEOUT_MS);
});
