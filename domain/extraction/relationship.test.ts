import { describe, expect, it } from 'vitest';
import { findRelationStatements, normaliseKinWords, settleRelationship, speaksOfDeath } from './relationship.js';

const relationOf = (...texts: string[]) =>
  settleRelationship(texts.flatMap((text) => findRelationStatements(text, speaksOfDeath(text))));

describe('findRelationStatements', () => {
  it.each([
    ['I need to schedule a burial service for my mother who passed away yesterday.', 'child'],
    ['My father, David Chen. He passed this morning.', 'child'],
    ['arranging a service for my husband John', 'spouse'],
    ['My wife just died at home.', 'spouse'],
    ['My brother Thomas Reyes died on Monday.', 'sibling'],
    ['my grandmother passed last night', 'grandchild'],
    ['our son died in an accident', 'parent'],
    ['my mother in law passed away', 'other_family'],
    ['my step-dad died', 'child'],
    ['my best friend passed', 'friend'],
    ["I'm her daughter, she died this morning", 'child'],
    ['I am the hospice nurse for Mr. Jones', 'professional'],
    ["I'd like to make arrangements for myself ahead of time, so my kids don't have to.", 'self'],
    ['I want to plan my own funeral', 'self'],
    ['A close friend of mine, Raymond Torres, passed away last week.', 'friend'],
    ['a cousin of ours died on Friday', 'other_family'],
    ['One of our patients, Albert Nguyen, passed away last night.', 'professional'],
    ['I am Agnieszka Wróbel, his daughter-in-law.', 'other_family'],
  ])('reads %j as %s', (text, relationship) => {
    expect(relationOf(text)).toBe(relationship);
  });

  it('reads the deceased named right after the kin word', () => {
    const named = (text: string) => findRelationStatements(text, true).map((s) => s.deceasedName);
    expect(named('my mother was Elizabeth Williams.')).toEqual(['Elizabeth Williams']);
    expect(named('My father, David Chen.')).toEqual(['David Chen']);
    expect(named('for my husband John')).toEqual(['John']);
    expect(named("my mother's name was rose allen")).toEqual(['Rose Allen']);
    expect(named('for my mother who passed')).toEqual([null]);
    expect(named('A close friend of mine, Raymond Torres, passed away.')).toEqual(['Raymond Torres']);
    expect(named('One of our patients, Albert Nguyen, passed away.')).toEqual(['Albert Nguyen']);
  });

  it('needs "one of" before a plural kin word', () => {
    expect(findRelationStatements('my patients are all doing well, no one died', true)).toEqual([]);
  });

  it('ignores kin words until the call speaks of a death', () => {
    expect(findRelationStatements('my husband will drive me in', false)).toEqual([]);
  });

  it('lets a family relation outrank a professional setting', () => {
    expect(relationOf('Hospice told me to call you.')).toBe('professional');
    expect(relationOf('My wife just died at home. Hospice told me to call you.')).toBe('spouse');
  });

  it('lets a later clear statement correct an earlier one', () => {
    expect(relationOf('for my aunt who passed', 'sorry, it is for my mother who passed')).toBe('child');
  });

  it('keeps the first relative of a loss over living ones mentioned later', () => {
    expect(relationOf('My wife just died.', 'My son is coming over, he is taking her death hard.')).toBe('spouse');
  });
});

describe('normaliseKinWords', () => {
  it('writes compound kin words one way', () => {
    expect(normaliseKinWords('my step mother and my mother in law and my great grandmother')).toBe(
      'my stepmother and my mother-in-law and my great-grandmother',
    );
  });
});

describe('a relative of a relative', () => {
  it("reads 'my dad's brother' as family, and a parent's parent as a grandparent", () => {
    expect(settleRelationship(findRelationStatements("My uncle was Dale Brandt, my dad's brother.", true))).toBe('other_family');
    expect(settleRelationship(findRelationStatements("It's for my wife's father, Angus.", true))).toBe('other_family');
    expect(settleRelationship(findRelationStatements("We lost my mother's mother last night.", true))).toBe('grandchild');
    expect(settleRelationship(findRelationStatements("I'm calling about my mom's funeral.", true))).toBe('child');
  });
});

describe('possessives and relatives who are alive', () => {
  it("takes 'my mom's funeral' as about her, but not 'my niece's communion' or 'my husband's asked me'", () => {
    expect(relationOf('My dad died on Monday.', "The 16th is my niece's communion.")).toBe('child');
    expect(relationOf("My father-in-law died on the 26th, and my husband's asked me to start the arrangements.")).toBe('other_family');
  });

  it("reads 'a friend who passed away' as the friend who died", () => {
    expect(relationOf("I'm calling on behalf of a friend who passed away.")).toBe('friend');
  });
});

describe('relationships told indirectly', () => {
  it('follows "her" or "his" back to the relative the caller named', () => {
    expect(relationOf("I'm calling on behalf of my wife. Her father died on the weekend.")).toBe('other_family');
    expect(relationOf('My husband asked me to call. His brother passed away on Tuesday.')).toBe('other_family');
    expect(relationOf("My mother died last night. Her mother's funeral was last year.")).toBe('child');
  });

  it('does not take a living relative reached through "her" for the deceased', () => {
    const statements = findRelationStatements('My mother passed away last night. Her sister, Jane Doe, is flying in.', true);
    expect(statements.map((s) => s.deceasedName)).toEqual([null]);
    expect(settleRelationship(statements)).toBe('child');
  });

  it('reads a relative who died, said outright, over one mentioned alive before', () => {
    expect(relationOf('My daughter says I go on. My husband died on Saturday.')).toBe('spouse');
    expect(relationOf('My husband died last year.', 'Now my mother has passed.')).toBe('child');
  });

  it('reads a bond the caller shared with the one who died', () => {
    expect(relationOf('Eleanor and I were married fifty-eight years. She passed on Saturday.')).toBe('spouse');
    expect(relationOf('Ruth and I were partners for twenty-six years, we never married. She died Saturday.')).toBe('spouse');
    expect(relationOf('He and I were best friends since school. He passed last week.')).toBe('friend');
    expect(relationOf('I was married to him for forty years. He died on Monday.')).toBe('spouse');
    expect(findRelationStatements('Ruth and I were partners for twenty-six years.', false)).toEqual([]);
  });
});

describe('planning ahead', () => {
  it('reads a couple planning for both of them as planning for themselves', () => {
    expect(relationOf("My wife and I would like our funeral plans settled ahead of time, for both of us.")).toBe('self');
  });

  it('takes a hint of planning ahead as planning for oneself only when no death was told', () => {
    const ahead = findRelationStatements('My husband and I want to sort out our funerals in advance.', true);
    expect(settleRelationship(ahead, false)).toBe('self');
    expect(settleRelationship(ahead, true)).toBe('spouse');
  });
});

describe('words that are no name in lower-case speech', () => {
  it('does not take a verb after a kin word for the relative\'s name', () => {
    const said = (text: string) => findRelationStatements(text, true);
    expect(said("two o'clock tomorrow. i'll have my brother drive me in.")[0]?.deceasedName).toBeNull();
    expect(relationOf("I'm his mother, Bernadette Power.", "i'll have my brother drive me in.")).toBe('parent');
  });

  it('reads a death told with the bare verb, as a learner of English says it', () => {
    expect(speaksOfDeath('He die on Friday, in the night.')).toBe(true);
  });
});
