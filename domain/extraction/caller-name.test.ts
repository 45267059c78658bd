import { describe, expect, it } from 'vitest';
import { findCallerName, readBareName } from './caller-name.js';

describe('findCallerName', () => {
  it.each([
    ["Hi, I'm Sarah Williams, and my mother was Elizabeth Williams.", 'Sarah Williams'],
    ['This is Robert Chen.', 'Robert Chen'],
    ['My name is Daniel Reyes.', 'Daniel Reyes'],
    ["my name's dan reyes", 'Dan Reyes'],
    ["Her name is Linda Park. I'm Steven Park.", 'Steven Park'],
    ['Hi, this is Mary Smith calling about arranging a service for my husband John.', 'Mary Smith'],
    ['sorry, my name is actually Sara Whitman', 'Sara Whitman'],
    ["I'm his son, Marcus Bell. My dad's name is Leonard Bell.", 'Marcus Bell'],
    ["i'm her nurse, dana whitfield", 'Dana Whitfield'],
    ["Sorry, I gave you my maiden name. It's actually Claire Hughes now.", 'Claire Hughes'],
    ["my last name is wrong, it's Jon Pedersen", 'Jon Pedersen'],
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
    "I'm her daughter, and she died this morning.",
    "It's actually Tuesday we wanted.",
    "My father's name, it is Leonard.",
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

describe('readBareName with a spelling', () => {
  it('reads a name followed by its letters spelled out as a bare name', () => {
    expect(readBareName('Kenji Tanaka. K-E-N-J-I.')).toEqual({ name: 'Kenji Tanaka', words: 2 });
  });

  it('still refuses a name followed by more words', () => {
    expect(readBareName('Kenji Tanaka. He was my father.')).toBeNull();
  });
});
