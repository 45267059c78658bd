import { describe, expect, it } from 'vitest';
import { peopleMentioned } from './people-mentioned.js';

const roles = (text: string) => peopleMentioned(text).map(({ name, role }) => [name, role]);

describe('peopleMentioned', () => {
  it('finds each person named, and whose name it is from what comes before', () => {
    expect(roles('Hannah Ortiz. My brother was Samuel Ortiz, he was 61.')).toEqual([
      ['Hannah Ortiz', null],
      ['Samuel Ortiz', 'deceased'],
    ]);
    expect(roles("This is Maria. Maria Gonzalez.")).toEqual([
      ['Maria', 'caller'],
      ['Maria Gonzalez', null],
    ]);
    // "it's" alone says nothing of whose name follows ("it's nico underscore castellanos at …").
    expect(roles("Oh, it's Maria.")).toEqual([['Maria', null]]);
  });

  it('reads a death or a kin word before the name as the person who died', () => {
    expect(roles('We lost him on Monday, my grandfather, Tomas Berg.')).toEqual([['Tomas Berg', 'deceased']]);
    expect(roles("Mum's Edith Crane.")).toEqual([['Edith Crane', 'deceased']]);
    expect(roles('He passed last night, Victor... Victor Lindqvist.')).toEqual([['Victor Lindqvist', 'deceased']]);
  });

  it("gives a name to whoever it is said to belong to: the caller's own, or someone else's", () => {
    expect(roles("My mother's name was Margaret O'Brien.")).toEqual([["Margaret O'Brien", 'deceased']]);
    expect(roles('Her name is Linda Park.')).toEqual([['Linda Park', 'deceased']]);
    expect(roles('My name is Dana Wu.')).toEqual([['Dana Wu', 'caller']]);
    expect(roles("Sure. Name's Walter Price.")).toEqual([['Walter Price', 'caller']]);
  });

  it('keeps only the words that can be a name', () => {
    expect(roles('for my sister Frances')).toEqual([['Frances', 'deceased']]);
    expect(roles('Can we do Thursday at ten?')).toEqual([]);
  });
});

describe('peopleMentioned, where the cue is not right before the name', () => {
  it('reads a name said alone right after a death as the one who died, and "X, who passed away" too', () => {
    expect(roles('I am calling for a neighbour who passed away. Harold Kimball.')).toEqual([['Harold Kimball', 'deceased']]);
    expect(roles('This is about Ingrid Solheim, who passed away on Friday.')).toEqual([['Ingrid Solheim', 'deceased']]);
  });

  it('still finds a name the model does not know, after "her father was" or "he was"', () => {
    expect(peopleMentioned('Her father was Angus Beaton.').map(({ name, role }) => [name, role])).toEqual([['Angus Beaton', 'deceased']]);
  });
});

describe('peopleMentioned: titles', () => {
  it('leaves a title out of the name but reads whose name it is from before it', () => {
    expect(roles("I'm calling about my neighbour, Mr. Arthur Pell. He passed away.")).toContainEqual(['Arthur Pell', 'deceased']);
  });
});
