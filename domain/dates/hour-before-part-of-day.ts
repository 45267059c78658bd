import { HOUR_WORD_PATTERN, hourOf } from './hour-words.js';
import type { PartOfDayPhrase } from './part-of-day-phrases.js';
import type { SpokenTime } from './resolve-hour.js';

const HOUR_RIGHT_BEFORE = new RegExp(`\\b(\\d{1,2}|${HOUR_WORD_PATTERN})(?::([0-5]\\d))?\\s+(?:that\\s+)?$`, 'i');

/**
 * "10 that morning", "two in the afternoon": a bare hour is a clock time when a part of the day
 * follows it, though chrono wants an "at" before it.
 */
export function hourBeforePartOfDay(text: string, parts: readonly PartOfDayPhrase[]): SpokenTime | null {
  for (const part of parts) {
    const match = HOUR_RIGHT_BEFORE.exec(text.slice(0, part.index));
    const hour = hourOf(match?.[1] ?? '');
    if (hour !== null) return { hour, minute: Number(match?.[2] ?? 0), meridiemKnown: false };
  }
  return null;
}
