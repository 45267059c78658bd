import { HOUR_WORD_PATTERN, hourOf } from './hour-words.js';
import type { PartOfDayPhrase } from './part-of-day-phrases.js';
import type { SpokenTime } from './resolve-hour.js';

const HOUR_RIGHT_BEFORE = new RegExp(`(\\bat\\s+)?\\b(\\d{1,2}|${HOUR_WORD_PATTERN})(?::([0-5]\\d))?\\s+(?:that\\s+)?$`, 'i');
/** "one morning next week" is some morning: "one" before a bare part of the day, with no "at", is no hour. */
const BARE_PART = /^(?:morning|afternoon|evening|night)/i;

/**
 * "10 that morning", "two in the afternoon": a bare hour is a clock time when a part of the day
 * follows it, though chrono wants an "at" before it.
 */
export function hourBeforePartOfDay(text: string, parts: readonly PartOfDayPhrase[]): SpokenTime | null {
  for (const part of parts) {
    const match = HOUR_RIGHT_BEFORE.exec(text.slice(0, part.index));
    const counted = match?.[1] === undefined && match?.[2]?.toLowerCase() === 'one' && BARE_PART.test(text.slice(part.index));
    const hour = counted ? null : hourOf(match?.[2] ?? '');
    if (hour !== null) return { hour, minute: Number(match?.[3] ?? 0), meridiemKnown: false };
  }
  return null;
}
