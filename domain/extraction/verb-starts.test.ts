import { describe, expect, it } from 'vitest';
import { verbStarts } from './verb-starts.js';

describe('verbStarts', () => {
  it('finds a verb after a kin word, not a name', () => {
    const text = "i'll have my brother drive me in";
    expect(verbStarts(text).has(text.indexOf('drive'))).toBe(true);
    const named = 'my brother curtis passed away';
    expect(verbStarts(named).has(named.indexOf('curtis'))).toBe(false);
  });
});
