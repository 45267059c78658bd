import { describe, expect, it } from 'vitest';
import { correctNames } from './name-correction.js';

const names = (callerName: string | null, deceasedName: string | null = null) => ({ callerName, deceasedName });

describe('correctNames', () => {
  it('puts the word said in place of the word ruled out, in whichever name has it', () => {
    expect(correctNames("Sorry, it's Smyth, not Smith.", names('Anne Smith'))).toEqual(names('Anne Smyth'));
    expect(correctNames("It's not Jon, it's John.", names('Mary Hale', 'Jon Hale'))).toEqual(names('Mary Hale', 'John Hale'));
  });

  it('reads a lone word after a change of mind as the surname, or as the first name when it is one', () => {
    expect(correctNames('My name is Deborah Lindqvist. No, sorry, Lindgren. I went back to my maiden name.', names('Deborah Lindqvist'))).toEqual(
      names('Deborah Lindgren'),
    );
    expect(correctNames('My name is Deborah Lindgren. Sorry, Debra.', names('Deborah Lindgren'))).toEqual(names('Debra Lindgren'));
  });

  it('corrects the name said last when both share the word', () => {
    const family = names('Anne Lindqvist', 'Nils Lindqvist');
    expect(correctNames('My father was Nils Lindqvist. No, sorry, Lindgren.', family)).toEqual(names('Anne Lindqvist', 'Nils Lindgren'));
  });

  it('leaves names alone when the correction is about something else', () => {
    expect(correctNames('Friday, not Saturday.', names('Anne Smith'))).toEqual(names('Anne Smith'));
    expect(correctNames('No, sorry, Tuesday.', names('Anne Smith'))).toEqual(names('Anne Smith'));
    expect(correctNames('Actually, Lindgren is my maiden name.', names('Deborah Lindqvist'))).toEqual(names('Deborah Lindqvist'));
  });
});
