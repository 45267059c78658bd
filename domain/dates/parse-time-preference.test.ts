import { describe, expect, it } from 'vitest';
import type { TimePreference } from '../time-preference.js';
import { parseTimePreference } from './parse-time-preference.js';

const LOS_ANGELES_WEDNESDAY = { reference: '2026-07-08T09:00', timeZone: 'America/Los_Angeles' };
const NEW_YORK_FRIDAY = { reference: '2026-07-10T10:00', timeZone: 'America/New_York' };
const CHICAGO_WEDNESDAY = { reference: '2026-07-08T15:30', timeZone: 'America/Chicago' };
const DENVER_WEDNESDAY = { reference: '2026-07-08T11:00', timeZone: 'America/Denver' };
const NEW_YORK_MONDAY = { reference: '2026-11-02T10:00', timeZone: 'America/New_York' };

const preference = (overrides: Partial<TimePreference>): TimePreference => ({
  days: [],
  partOfDay: null,
  exact: null,
  soonest: false,
  ...overrides,
});

function parse(text: string, at: { reference: string; timeZone: string }, context?: TimePreference) {
  return parseTimePreference(text, context ? { ...at, context } : at);
}

describe('parseTimePreference: the scenario phrases', () => {
  it('reads "this Friday or Saturday" as both days in that order', () => {
    expect(parse('We were hoping for this Friday or Saturday if possible.', LOS_ANGELES_WEDNESDAY)).toEqual(
      preference({ days: ['2026-07-10', '2026-07-11'] }),
    );
  });

  it('reads "Saturday at 11 AM" after "Friday or Saturday" as that Saturday', () => {
    const context = preference({ days: ['2026-07-10', '2026-07-11'] });
    expect(parse('Saturday at 11 AM would be perfect.', LOS_ANGELES_WEDNESDAY, context)).toEqual(
      preference({ days: ['2026-07-11'], partOfDay: 'morning', exact: '2026-07-11T11:00' }),
    );
  });

  it('reads "early next week" as Monday to Wednesday and ignores the weekend the family is travelling', () => {
    expect(parse('Maybe early next week? We have family flying in over the weekend.', NEW_YORK_FRIDAY)).toEqual(
      preference({ days: ['2026-07-13', '2026-07-14', '2026-07-15'] }),
    );
  });

  it('reads "Tuesday at 2 PM" inside early next week', () => {
    const context = preference({ days: ['2026-07-13', '2026-07-14', '2026-07-15'] });
    expect(parse('Tuesday at 2 PM sounds good.', NEW_YORK_FRIDAY, context)).toEqual(
      preference({ days: ['2026-07-14'], partOfDay: 'afternoon', exact: '2026-07-14T14:00' }),
    );
  });

  it('reads "next week, preferably in the morning" as Monday to Sunday of the following week, mornings', () => {
    expect(parse('We need to schedule something for next week, preferably in the morning.', CHICAGO_WEDNESDAY)).toEqual(
      preference({
        days: ['2026-07-13', '2026-07-14', '2026-07-15', '2026-07-16', '2026-07-17', '2026-07-18', '2026-07-19'],
        partOfDay: 'morning',
      }),
    );
  });

  it('reads a bare "Tuesday at 9" as nine in the morning', () => {
    const context = preference({ days: ['2026-07-13', '2026-07-14', '2026-07-15'], partOfDay: 'morning' });
    expect(parse('Tuesday at 9 sounds perfect.', CHICAGO_WEDNESDAY, context)?.exact).toBe('2026-07-14T09:00');
    expect(parse('Tuesday at 9 sounds perfect.', CHICAGO_WEDNESDAY)?.exact).toBe('2026-07-14T09:00');
  });

  it('reads "this Friday at 11 in the morning"', () => {
    expect(parse('Could we do this Friday at 11 in the morning?', DENVER_WEDNESDAY)).toEqual(
      preference({ days: ['2026-07-10'], partOfDay: 'morning', exact: '2026-07-10T11:00' }),
    );
  });

  it('takes the day of "1:30 that afternoon" from the time asked for before', () => {
    const context = preference({ days: ['2026-07-10'], partOfDay: 'morning', exact: '2026-07-10T11:00' });
    expect(parse('Oh. How about 1:30 that afternoon then?', DENVER_WEDNESDAY, context)).toEqual(
      preference({ days: ['2026-07-10'], partOfDay: 'afternoon', exact: '2026-07-10T13:30' }),
    );
  });

  it('reads "any weekday afternoon next week" as Monday to Friday of next week, afternoons', () => {
    expect(parse("Any weekday afternoon next week is fine, I'm retired.", NEW_YORK_MONDAY)).toEqual(
      preference({ days: ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13'], partOfDay: 'afternoon' }),
    );
  });

  it('picks the Wednesday inside next week when next week was said before', () => {
    const context = preference({ days: ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13'], partOfDay: 'afternoon' });
    expect(parse('Wednesday at 2 would be lovely.', NEW_YORK_MONDAY, context)).toEqual(
      preference({ days: ['2026-11-11'], partOfDay: 'afternoon', exact: '2026-11-11T14:00' }),
    );
  });

  it('picks the coming Wednesday when nothing was said before', () => {
    expect(parse('Wednesday at 2 would be lovely.', NEW_YORK_MONDAY)?.exact).toBe('2026-11-04T14:00');
  });
});

describe('parseTimePreference: other phrases', () => {
  it('reads "the 21st" as the coming 21st', () => {
    expect(parse('How about the 21st?', LOS_ANGELES_WEDNESDAY)).toEqual(preference({ days: ['2026-07-21'] }));
  });

  it('reads "half past ten" as 10:30 today when that is still ahead', () => {
    expect(parse('half past ten', LOS_ANGELES_WEDNESDAY)?.exact).toBe('2026-07-08T10:30');
    expect(parse('half past ten', CHICAGO_WEDNESDAY)?.exact).toBe('2026-07-09T10:30');
  });

  it('reads "tomorrow"', () => {
    expect(parse('tomorrow', LOS_ANGELES_WEDNESDAY)).toEqual(preference({ days: ['2026-07-09'] }));
  });

  it('reads "as soon as possible" as the soonest', () => {
    expect(parse('As soon as possible, please.', LOS_ANGELES_WEDNESDAY)).toEqual(preference({ soonest: true }));
  });

  it('reads the parts of the day', () => {
    expect(parse('morning', LOS_ANGELES_WEDNESDAY)).toEqual(preference({ partOfDay: 'morning' }));
    expect(parse('in the afternoon', LOS_ANGELES_WEDNESDAY)).toEqual(preference({ partOfDay: 'afternoon' }));
    expect(parse('evening would be best', LOS_ANGELES_WEDNESDAY)).toEqual(preference({ partOfDay: 'evening' }));
    expect(parse('this afternoon', LOS_ANGELES_WEDNESDAY)).toEqual(preference({ days: ['2026-07-08'], partOfDay: 'afternoon' }));
  });

  it('keeps the part of the day said before when only days change', () => {
    const context = preference({ partOfDay: 'morning' });
    expect(parse('Monday or Tuesday', LOS_ANGELES_WEDNESDAY, context)).toEqual(
      preference({ days: ['2026-07-13', '2026-07-14'], partOfDay: 'morning' }),
    );
  });

  it('reads a time without a day over several earlier days as a part of the day', () => {
    const context = preference({ days: ['2026-07-13', '2026-07-14'] });
    expect(parse('at 2', LOS_ANGELES_WEDNESDAY, context)).toEqual(
      preference({ days: ['2026-07-13', '2026-07-14'], partOfDay: 'afternoon' }),
    );
  });

  it('reads "any weekday" alone as the weekdays of the next two weeks', () => {
    const days = parse('any weekday', LOS_ANGELES_WEDNESDAY)?.days;
    expect(days).toHaveLength(10);
    expect(days).not.toContain('2026-07-11');
  });
});

describe('parseTimePreference: no wish', () => {
  it('returns null for dates of a death', () => {
    expect(parse('Hi, I need to schedule a burial service for my mother who passed away yesterday.', LOS_ANGELES_WEDNESDAY)).toBeNull();
    expect(parse('My brother Thomas Reyes died on Monday.', DENVER_WEDNESDAY)).toBeNull();
    expect(parse('My father, David Chen. He passed this morning.', NEW_YORK_FRIDAY)).toBeNull();
  });

  it('keeps the wish and drops the death in one sentence', () => {
    expect(parse('He died on Monday and we would like Friday.', DENVER_WEDNESDAY)).toEqual(preference({ days: ['2026-07-10'] }));
  });

  it('does not read "Good morning" as a part of the day', () => {
    expect(parse("Good morning. We'd like to have a memorial service.", DENVER_WEDNESDAY)).toBeNull();
  });

  it('returns null for text about something else', () => {
    expect(parse("It's 555-123-4567.", LOS_ANGELES_WEDNESDAY)).toBeNull();
    expect(parse("I'm 78 and I'd like to make arrangements for myself.", NEW_YORK_MONDAY)).toBeNull();
  });
});

describe('parseTimePreference: daylight-saving days in New York', () => {
  it('reads "tomorrow at 10" onto the spring-forward day', () => {
    expect(parse('tomorrow at 10', { reference: '2026-03-07T20:00', timeZone: 'America/New_York' })?.exact).toBe('2026-03-08T10:00');
  });

  it('counts "in two hours" in elapsed time across the skipped hour', () => {
    expect(parse('in two hours', { reference: '2026-03-08T01:00', timeZone: 'America/New_York' })?.exact).toBe('2026-03-08T04:00');
  });

  it('counts "in two hours" in elapsed time across the repeated hour', () => {
    expect(parse('in two hours', { reference: '2026-11-01T00:30', timeZone: 'America/New_York' })?.exact).toBe('2026-11-01T01:30');
  });

  it('reads "next week" said on the fall-back Sunday as the week starting the next day', () => {
    expect(parse('next week', { reference: '2026-11-01T10:00', timeZone: 'America/New_York' })?.days).toEqual([
      '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08',
    ]);
  });

  it('reads "Sunday at 3" said on the Saturday before spring-forward', () => {
    expect(parse('Sunday at 3', { reference: '2026-03-07T12:00', timeZone: 'America/New_York' })?.exact).toBe('2026-03-08T15:00');
  });
});
