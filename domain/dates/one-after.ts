import { addDays } from './local-date.js';

/** A day named in the text, and whether it was named by its weekday ("Saturday", not "the 17th"). */
export type NamedDay = { index: number; day: string; byWeekday: boolean };

const ONE_AFTER = /\bthe\s+(?:one|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+after(?:\s+(?:that|it|this))?\b|\bthe following one\b/gi;
const WEEK = 7;

/**
 * "Not this Saturday coming, the one after that": the same weekday a week on from the one named
 * last before the phrase, even a day named only to be ruled out, since that is what "that" points at.
 */
export function daysOneAfter(text: string, named: readonly NamedDay[]): NamedDay[] {
  return [...text.matchAll(ONE_AFTER)].flatMap((match) => {
    const anchor = named.filter((day) => day.byWeekday && day.index < match.index).at(-1);
    return anchor ? [{ index: match.index, day: addDays(anchor.day, WEEK), byWeekday: true }] : [];
  });
}
