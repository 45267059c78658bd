import type { Parser } from 'chrono-node';
import { HOUR_WORD_PATTERN, hourOf } from './hour-words.js';

const MINUTES: Readonly<Record<string, number>> = { fifteen: 15, thirty: 30, forty: 45 };

/**
 * "at ten", "eleven o'clock", "ten thirty", "two pm": hours said in words, which chrono only reads
 * as digits. A bare word ("about ten people") is no time: it needs "at", a minute word or am/pm.
 * Neither is "at one of your chapels", nor "reach me at five five five…", the start of a phone number.
 */
const NOT_A_CLOCK_AFTER = `(?!\\s*,?\\s*(?:of|point|another|more|zero|oh|${HOUR_WORD_PATTERN}|\\d)\\b)`;
/**
 * "around eleven?", "about ten.": an approximate hour is a time when nothing follows it in the
 * clause; "about ten people" counts people.
 */
const APPROXIMATELY = `(?:around|about|round about|say)\\s+(?=(?:${HOUR_WORD_PATTERN})\\s*(?:[.,;!?]|$))`;
const PATTERN = new RegExp(
  `\\b(at\\s+|${APPROXIMATELY})?(${HOUR_WORD_PATTERN})(?:[\\s-]+(o['’]?clock|fifteen|thirty|forty[\\s-]five))?(?:\\s*([ap])\\.?m\\b\\.?)?${NOT_A_CLOCK_AFTER}(?![\\w'’-])`,
  'i',
);

export const wordClockParser: Parser = {
  pattern: () => PATTERN,
  extract: (_context, match) => {
    const [, at, hourText = '', minuteText, meridiem] = match;
    const hour = hourOf(hourText);
    if (hour === null || (at === undefined && minuteText === undefined && meridiem === undefined)) return null;
    // "forty-five" is keyed by its first word; "o'clock" adds nothing.
    const minute = MINUTES[minuteText?.toLowerCase().split(/[\s-]/)[0] ?? ''] ?? 0;
    if (meridiem === undefined) return { hour, minute };
    const pm = meridiem.toLowerCase() === 'p';
    return { hour: (hour % 12) + (pm ? 12 : 0), minute, meridiem: pm ? 1 : 0 };
  },
};
