import { describe, expect, it } from 'vitest';
import { isCaseful, readNameAt } from './person-name.js';

const read = (text: string) => readNameAt(text, 0, isCaseful(text))?.name ?? null;

describe('isCaseful', () => {
  it('trusts capitals only beyond sentence starts and the pronoun I', () => {
    expect(isCaseful("Hi, I'm Sarah Williams.")).toBe(true);
    expect(isCaseful("hi, i'm sarah williams")).toBe(false);
    expect(isCaseful("Hi, I'm not sure. I think so.")).toBe(false);
  });
});

describe('readNameAt', () => {
  it('reads up to the first word that cannot be a name', () => {
    expect(read('Sarah Williams calling about my mother')).toBe('Sarah Williams');
    expect(read('sarah williams and my mother')).toBe('Sarah Williams');
  });

  it('keeps apostrophes, hyphens and name particles', () => {
    expect(read("Margaret O'Brien.")).toBe("Margaret O'Brien");
    expect(read("margaret o'brien")).toBe("Margaret O'Brien");
    expect(read('Mary-Jane Watson-Smith')).toBe('Mary-Jane Watson-Smith');
    expect(read('ana de la cruz')).toBe('Ana de la Cruz');
    expect(read('Ludwig van Beethoven')).toBe('Ludwig van Beethoven');
  });

  it('stops at punctuation and drops an honorific', () => {
    expect(read('David Chen. He passed')).toBe('David Chen');
    expect(read('Mrs. Helen Ortiz')).toBe('Helen Ortiz');
  });

  it('rejects fillers, weekdays, contractions, participles and a lone month', () => {
    for (const text of ['Yes', 'Hello', 'Tuesday', "we're fine", 'calling about', 'thinking cremation', 'May', '78']) {
      expect(read(text)).toBeNull();
    }
    expect(read('April Jones')).toBe('April Jones');
  });

  it('needs a capital in text whose capitals can be trusted', () => {
    expect(readNameAt('Sarah williams is here', 0, true)?.name).toBe('Sarah');
    expect(readNameAt('Sarah williams is here', 0, false)?.name).toBe('Sarah Williams');
  });

  it('says where the name ends', () => {
    expect(readNameAt('I am Dan Reyes, thanks', 5, true)).toEqual({ name: 'Dan Reyes', end: 15 });
  });
});
