import type { ParsedResult } from 'chrono-node';
import type { PartOfDay } from '../time-preference.js';
import { readDatePhrases } from './chrono-reader.js';
import type { LocalDateTime } from './clock.js';
import { parseLocalDate } from './local-date.js';
import { isNotAWish } from './not-a-wish.js';
import { isRuledOut, latestWordStart } from './latest-word.js';
import { daysOneAfter } from './one-after.js';
import { findPartOfDayPhrases } from './part-of-day-phrases.js';
import { hourBeforePartOfDay } from './hour-before-part-of-day.js';
import type { SpokenTime } from './resolve-hour.js';
import { daysOfResult } from './result-days.js';
import { msToWallClock, wallClockToMs } from './zoned-time.js';

/** What one utterance says about time, before it is merged with what was said earlier. */
export type Mentions = {
  days: string[];
  time: SpokenTime | null;
  /** A start the phrase fixes by itself, e.g. "in two hours". */
  exact: string | null;
  partOfDay: PartOfDay | null;
  soonest: boolean;
  weekdaysOnly: boolean;
};

// "Good morning" is a greeting, and chrono would read "weekday" as the next business day.
// A part of the day said alone before the caller goes on ("Morning. My grandmother passed…") greets too.
const GREETING = /\bgood\s+(?:morning|afternoon|evening|night)\b|^\s*(?:morning|afternoon|evening)\s*[.!]\s+(?=\S)/gi;
const WEEKDAY_WORD = /\bweekdays?\b/gi;
const SOONEST = /\b(?:as soon as (?:possible|you can|we can)|asap|earliest|first available|first thing|soonest|right away)\b/i;
const RELATIVE_TIME_TAG = 'result/relativeDateAndTime';
const RELATIVE_DATE_TAG = 'result/relativeDate';
// "It's Hughes now", "what do I do now": the present, not a time to book; haste has its own words.
const NOW_TAG = 'casualReference/now';

export function readMentions(
  text: string,
  options: { reference: LocalDateTime; timeZone: string; contextDays: string[] },
): Mentions | null {
  const { reference } = options;
  const unmasked = blank(text, GREETING);
  const allParts = findPartOfDayPhrases(unmasked).filter((part) => !isNotAWish(unmasked, part.index));
  const masked = blank(blankPartsOfDay(unmasked), WEEKDAY_WORD);
  const all = readDatePhrases(masked, reference).filter((result) => !result.tags().has(NOW_TAG) && !isNotAWish(masked, result.index));
  const named = namedDays(all, masked, options.contextDays);
  const from = latestWordStart(masked, [
    ...named.map(({ result, days }) => ({ index: result.index, days, time: clockOf(result) })),
    ...allParts.map((part) => ({ index: part.index, days: [], time: part.partOfDay })),
  ]);
  const said = named.filter(({ result }) => !isRuledOut(masked, result.index));
  const again = daysOneAfter(masked, named.flatMap(({ result, days }) => days.map((day) => ({ index: result.index, day, byWeekday: isByWeekday(result) }))));
  const after = said.filter(({ result }) => result.index >= from);
  const partsAfter = allParts.filter((part) => part.index >= from);
  // A change of mind withdraws what it replaces: the days when it names others, the time when it gives another.
  const newDays = after.some(({ days }) => days.length > 0) || again.some(({ index }) => index >= from);
  const newTime = after.some(({ result }) => result.start.isCertain('hour')) || partsAfter.length > 0;
  const forDays = newDays ? after : said;
  const results = (newTime ? after : said).map(({ result }) => result);
  const parts = newTime ? partsAfter : allParts;
  const withdrawnDays = new Set(named.filter((mention) => !forDays.includes(mention)).flatMap(({ days }) => days));
  // "A week from Thursday, so the 17th": a day of the month said outright is the caller's own
  // precision, and comes before any span said around it.
  const saysDayOfMonth = ({ result }: Said) => Number(result.start.isCertain('day') && !result.tags().has(RELATIVE_DATE_TAG));
  const bySpecificity = narrowed(forDays).sort((a, b) => saysDayOfMonth(b) - saysDayOfMonth(a));
  const days = [
    ...bySpecificity.flatMap(({ days }) => days).filter((day) => !withdrawnDays.has(day)),
    ...again.filter(({ index }) => index >= from).map(({ day }) => day),
    ...parts.filter((part) => part.today).map(() => reference.date),
  ];
  const mentions: Mentions = {
    days: [...new Set(days)].filter((day) => day >= reference.date),
    time: spokenTime(results) ?? hourBeforePartOfDay(unmasked, parts),
    exact: relativeStart(results, reference, options.timeZone),
    partOfDay: parts[0]?.partOfDay ?? null,
    soonest: SOONEST.test(text),
    weekdaysOnly: text.search(WEEKDAY_WORD) >= 0,
  };
  return isEmpty(mentions) ? null : mentions;
}

type Said = { result: ParsedResult; days: string[] };

/**
 * The days each result names, in the order said; a weekday said after a span in the same breath
 * ("one morning next week? Thursday would suit") is that span's weekday.
 */
function namedDays(results: readonly ParsedResult[], text: string, contextDays: string[]): Said[] {
  const earlier: string[] = [];
  return results.map((result) => {
    const days = daysOfResult(result, text, [...earlier, ...contextDays]);
    earlier.push(...days);
    return { result, days };
  });
}

/** A span said together with a day inside it ("next week … Thursday") comes down to that day. */
function narrowed(said: readonly Said[]): Said[] {
  const single = new Set(said.filter(({ days }) => days.length === 1).flatMap(({ days }) => days));
  return said.filter(({ days }) => days.length < 2 || !days.some((day) => single.has(day)));
}

function clockOf(result: ParsedResult): string | null {
  return result.start.isCertain('hour') ? `${result.start.get('hour')}:${result.start.get('minute') ?? 0}` : null;
}

function isByWeekday(result: ParsedResult): boolean {
  return result.start.isCertain('weekday') && !result.start.isCertain('day');
}

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => ' '.repeat(match.length));
}

function blankPartsOfDay(text: string): string {
  return findPartOfDayPhrases(text).reduce(
    (masked, part) => masked.slice(0, part.index) + ' '.repeat(part.length) + masked.slice(part.index + part.length),
    text,
  );
}

function spokenTime(results: ParsedResult[]): SpokenTime | null {
  const timed = results.find((r) => r.start.isCertain('hour') && !r.tags().has(RELATIVE_TIME_TAG));
  if (!timed) return null;
  const { start } = timed;
  return { hour: start.get('hour') ?? 0, minute: start.get('minute') ?? 0, meridiemKnown: start.isCertain('meridiem') };
}

/** "in two hours" counts elapsed time, so it is added to the reference instant in the tenant's zone. */
function relativeStart(results: ParsedResult[], reference: LocalDateTime, timeZone: string): string | null {
  const relative = results.find((r) => r.tags().has(RELATIVE_TIME_TAG));
  if (!relative) return null;
  const field = (name: 'year' | 'month' | 'day' | 'hour' | 'minute') => relative.start.get(name) ?? 0;
  const { year, month, day } = parseLocalDate(reference.date);
  const elapsed =
    Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute')) -
    Date.UTC(year, month - 1, day, 0, reference.minute);
  if (elapsed <= 0) return null;
  return msToWallClock(wallClockToMs(reference.date, reference.minute, timeZone).ms + elapsed, timeZone);
}

function isEmpty(m: Mentions): boolean {
  return !m.days.length && !m.time && !m.exact && !m.partOfDay && !m.soonest && !m.weekdaysOnly;
}
