import { describe, expect, it } from 'vitest';
import { findCallerName, readBareName } from './caller-name.js';

describe('findCallerName', () => {
  it.each([
    ["Hi, I'm Sarah Williams, and my mother was Elizabeth Williams.", 'Sarah Williams'],
    ['This is Robert Chen.', 'Robert Chen'],
    ['My name is Daniel Reyes.', 'Daniel Reyes'],
    ["my name's dan reyes", 'Dan Reyes'],
    ['Her name is Linda Park. I’m Steven Park.', 'Steven Park'],
    ['Hi, this is Mary Smith calling about arranging a service for my husband John.', 'Mary Smith'],
    ['sorry, my name is actually Sara Whitman', 'Sara Whitman'],
  ])('reads the caller in %j', (text, name) => {
    expect(findCallerName(text)).toBe(name);
  });

  it.each([
    "I'm 78 and I'd like to make arrangements for myself.",
    "I'm thinking cremation.",
    "Hi, I'm coming to the Hansen visitation tomorrow.",
    "i'm calling about my father",
    'This is about my mother.',
    "i'm not sure yet",
  ])('finds no name in %j', (text) => {
    expect(findCallerName(text)).toBeNull();
  });
});

describe('readBareName', () => {
  it('reads a turn that is only a name, with polite filler around it', () => {
    expect(readBareName("Margaret O'Brien.")).toEqual({ name: "Margaret O'Brien", words: 2 });
    expect(readBareName("yes, it's dan reyes, thank you")).toEqual({ name: 'Dan Reyes', words: 2 });
    expect(readBareName('Linda.')).toEqual({ name: 'Linda', words: 1 });
  });

  it('rejects turns that say more than a name', () => {
    for (const text of ['Yes.', 'Hello?', 'Saturday works.', "Margaret O'Brien, and I'm 78.", 'Tuesday at 2 PM sounds good.']) {
      expect(readBareName(text)).toBeNull();
    }
  });
});
