import { formatInstant, parseInstant } from './instant.js';
import type { BusyInterval } from './slot.js';

const MINUTE_MS = 60_000;

/**
 * The range a booking keeps others out of: itself plus the buffer after it. The database stores
 * exactly this for every live event and forbids two overlapping ones on a resource, so a
 * candidate is free iff its blocked range overlaps no stored one. That keeps a buffer on both
 * sides: an earlier event's buffer trails it, the candidate's own buffer trails the candidate.
 */
export function blockedRangeMs(startMs: number, endMs: number, bufferMinutes: number): [number, number] {
  return [startMs, endMs + bufferMinutes * MINUTE_MS];
}

export function blockedInterval(start: string, end: string, bufferMinutes: number): BusyInterval {
  const [blockedStart, blockedEnd] = blockedRangeMs(parseInstant(start), parseInstant(end), bufferMinutes);
  return { start: formatInstant(blockedStart), end: formatInstant(blockedEnd) };
}
