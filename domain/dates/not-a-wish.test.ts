import { describe, expect, it } from 'vitest';
import { isNotAWish } from './not-a-wish.js';

const judge = (text: string, phrase: string) => isNotAWish(text, text.indexOf(phrase));

describe('isNotAWish', () => {
  it('recognises dates of a death', () => {
    expect(judge('my mother who passed away yesterday.', 'yesterday')).toBe(true);
    expect(judge('My brother Thomas Reyes died on Monday', 'on Monday')).toBe(true);
    expect(judge('My father, David Chen. He passed this morning.', 'this morning')).toBe(true);
    expect(judge('My wife just died at home, about an hour ago.', 'about an hour ago')).toBe(true);
  });

  it('recognises dates the caller cannot make', () => {
    expect(judge('We have family flying in over the weekend.', 'weekend')).toBe(true);
    expect(judge('My brothers are driving in this weekend.', 'this weekend')).toBe(true);
    expect(judge("Friday isn't good for us.", 'Friday')).toBe(true);
    expect(judge("Monday doesn’t work", 'Monday')).toBe(true);
    expect(judge("we can't do Friday.", 'Friday')).toBe(true);
  });

  it('keeps a wish in another clause of the same sentence', () => {
    expect(judge('He died on Monday and we would like Friday', 'Friday')).toBe(false);
    expect(judge('We were hoping for this Friday or Saturday if possible.', 'Saturday')).toBe(false);
    expect(judge('Maybe early next week? We have family flying in.', 'next week')).toBe(false);
  });
});

describe('times that are limits, not wishes', () => {
  it('skips a closing time and an end time, but not a wish to come before closing', () => {
    expect(isNotAWish('Oh, you shut at three on Saturdays?', 14)).toBe(true);
    expect(isNotAWish("so we're finished by two", 20)).toBe(true);
    expect(isNotAWish('Could we come before you close on Friday?', 35)).toBe(false);
    expect(isNotAWish('We both work in the week', 16)).toBe(true);
  });
});
