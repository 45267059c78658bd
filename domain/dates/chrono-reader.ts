import { casual, type ParsedResult } from 'chrono-node';
import type { LocalDateTime } from './clock.js';
import { clockPhraseParser } from './clock-phrase-parser.js';
import { parseLocalDate } from './local-date.js';
import { ordinalDayParser } from './ordinal-day-parser.js';
import { wordClockParser } from './word-clock-parser.js';

const reader = casual.clone();
reader.parsers.push(ordinalDayParser, clockPhraseParser, wordClockParser);

/**
 * chrono resolves relative words ("Friday", "tomorrow") with the local fields of a JS Date, so
 * the tenant's wall clock is handed over as local fields and only calendar fields are read back;
 * the host's own zone then never enters a result.
 */
export function readDatePhrases(text: string, reference: LocalDateTime): ParsedResult[] {
  const { year, month, day } = parseLocalDate(reference.date);
  const asLocalFields = new Date(year, month - 1, day, Math.floor(reference.minute / 60), reference.minute % 60);
  return reader.parse(text, asLocalFields, { forwardDate: true });
}

/** The calendar date a chrono result points at, certain or implied. */
export function resultDate(result: ParsedResult): string {
  const part = (component: 'year' | 'month' | 'day', width: number) =>
    String(result.start.get(component)).padStart(width, '0');
  return `${part('year', 4)}-${part('month', 2)}-${part('day', 2)}`;
}
