import type { BusyInterval } from './slot.js';

const MINUTE_MS = 60_000;

/**
 * The interval a booking holds on the calendar: itself plus the buffer after it. Two bookings
 * whose blocked intervals overlap are less than `bufferMinutes` apart, in either order, so
 * comparing blocked intervals pairwise (what an exclusion constraint does) is the same rule as
 * keeping `bufferMinutes` clear on both sides of a candidate against raw busy intervals.
 */
export function blockedInterval(start: string, end: string, bufferMinutes: number): BusyInterval {
  return { start: new Date(Date.parse(start)).toISOString(), end: new Date(Date.parse(end) + bufferMinutes * MINUTE_MS).toISOString() };
}

/** The span around a candidate that must be free of busy intervals: the buffer on both sides. */
export function guardedRange(startMs: number, endMs: number, bufferMinutes: number): [number, number] {
  return [startMs - bufferMinutes * MINUTE_MS, endMs + bufferMinutes * MINUTE_MS];
}
