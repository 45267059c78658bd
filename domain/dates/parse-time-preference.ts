import { EMPTY_TIME_PREFERENCE, LOOK_AHEAD_DAYS, type PartOfDay, type TimePreference } from '../time-preference.js';
import { joinLocalDateTime, splitLocalDateTime, type LocalDateTime } from './clock.js';
import { addDays, isWeekend } from './local-date.js';
import { partOfDayAt } from './part-of-day.js';
import { readMentions, type Mentions } from './read-mentions.js';
import { resolveHour } from './resolve-hour.js';

export type ParseTimePreferenceOptions = {
  /** The call's now: local 'YYYY-MM-DDTHH:MM' in `timeZone`. */
  reference: string;
  timeZone: string;
  /** What the caller said about time earlier in this call. */
  context?: TimePreference;
};


/**
 * What `text` says about when the caller wants to come, merged with what they said before;
 * null when the text says nothing about time (a date of death is no wish).
 */
export function parseTimePreference(text: string, options: ParseTimePreferenceOptions): TimePreference | null {
  const reference = splitLocalDateTime(options.reference);
  const context = options.context ?? EMPTY_TIME_PREFERENCE;
  const said = readMentions(text, { reference, timeZone: options.timeZone, contextDays: context.days });
  if (!said) return null;
  const minute = said.time && resolveHour(said.time, said.partOfDay) * 60 + said.time.minute;
  const exact = said.exact ?? (minute === null ? null : exactStart(minute, said, context, reference));
  return {
    days: wantedDays(said, context, exact, reference.date),
    partOfDay: exact ? partOfDayAt(splitLocalDateTime(exact).minute) : wantedPartOfDay(said, minute, context),
    exact,
    soonest: said.soonest || (context.soonest && !said.days.length && !exact),
  };
}

/** A time without a day takes the day from earlier in the call ("1:30 that afternoon"), else the next such time. */
function exactStart(minute: number, said: Mentions, context: TimePreference, reference: LocalDateTime): string | null {
  const contextDay = context.exact ? splitLocalDateTime(context.exact).date : context.days.length === 1 ? context.days[0] : undefined;
  const nextOccurrence = minute > reference.minute ? reference.date : addDays(reference.date, 1);
  const date = said.days[0] ?? contextDay ?? (context.days.length ? undefined : nextOccurrence);
  return date ? joinLocalDateTime(date, minute) : null;
}

function wantedDays(said: Mentions, context: TimePreference, exact: string | null, today: string): string[] {
  const named = said.days.length ? said.days : context.days;
  const exactDay = exact && splitLocalDateTime(exact).date;
  const days = exactDay ? [exactDay, ...named.filter((day) => day !== exactDay)] : named;
  if (!said.weekdaysOnly) return days;
  const pool = days.length ? days : Array.from({ length: LOOK_AHEAD_DAYS }, (_, i) => addDays(today, i));
  return pool.filter((day) => !isWeekend(day));
}

function wantedPartOfDay(said: Mentions, minute: number | null, context: TimePreference): PartOfDay | null {
  return said.partOfDay ?? (minute === null ? context.partOfDay : partOfDayAt(minute));
}
