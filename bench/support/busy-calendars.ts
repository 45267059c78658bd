import type { BusyInterval } from '../../domain/scheduling/index.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** What the availability activity reads around a call: the day before to two days past the 14-day horizon. */
export const READ_WINDOW = { beforeMs: DAY_MS, afterMs: 16 * DAY_MS };

/** A generated calendar of non-overlapping events, and how to say what it is. */
export type BusyCalendar = { name: string; description: string; events: BusyInterval[] };

const EVENTS_PER_DAY = 27;
const EVENT_MINUTES = 15;

const interval = (startMs: number, endMs: number): BusyInterval => ({ start: new Date(startMs).toISOString(), end: new Date(endMs).toISOString() });

/**
 * `count` events over years, half before `now` and half after: each day one block of 27 back-to-back
 * quarter hours (6¾ hours), starting at an hour that moves round the day, so some days are open
 * and some are not. Blocks start at most 17 h into their day, so they never reach the next one.
 */
export function spreadCalendar(count: number, now: string): BusyCalendar {
  const days = Math.ceil(count / EVENTS_PER_DAY);
  const firstDayMs = Math.floor(Date.parse(now) / DAY_MS - days / 2) * DAY_MS;
  const events = Array.from({ length: count }, (_, i) => {
    const day = Math.floor(i / EVENTS_PER_DAY);
    const startMs = firstDayMs + day * DAY_MS + ((day * 5) % 17) * HOUR_MS + (i % EVENTS_PER_DAY) * EVENT_MINUTES * MINUTE_MS;
    return interval(startMs, startMs + EVENT_MINUTES * MINUTE_MS);
  });
  return {
    name: 'spread',
    description: `${count} events over ${(days / 365.25).toFixed(1)} years, ${EVENTS_PER_DAY} a day in one ${(EVENTS_PER_DAY * EVENT_MINUTES) / 60}-hour block`,
    events,
  };
}

/** `count` events packed into the very window one availability check reads: the worst case, not a real calendar. */
export function packedCalendar(count: number, now: string): BusyCalendar {
  const fromMs = Date.parse(now) - READ_WINDOW.beforeMs;
  const strideMs = Math.floor((READ_WINDOW.beforeMs + READ_WINDOW.afterMs) / count);
  const events = Array.from({ length: count }, (_, i) => interval(fromMs + i * strideMs, fromMs + i * strideMs + Math.floor(strideMs / 2)));
  return {
    name: 'packed',
    description: `${count} events inside the 17 days one check reads, one every ${(strideMs / 1000).toFixed(1)} s: no free time at all`,
    events,
  };
}

/** How many events reach into the window a check at `now` reads. */
export function eventsInReadWindow(calendar: BusyCalendar, now: string): number {
  const fromMs = Date.parse(now) - READ_WINDOW.beforeMs;
  const toMs = Date.parse(now) + READ_WINDOW.afterMs;
  return calendar.events.filter((event) => Date.parse(event.end) > fromMs && Date.parse(event.start) < toMs).length;
}
