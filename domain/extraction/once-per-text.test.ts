import { describe, expect, it } from 'vitest';
import { oncePerText } from './once-per-text.js';

describe('oncePerText', () => {
  it('reads each text once and returns the same reading again', () => {
    let reads = 0;
    const length = oncePerText((text) => {
      reads += 1;
      return text.length;
    });
    expect([length('abc'), length('abc'), length('de')]).toEqual([3, 3, 2]);
    expect(reads).toBe(2);
  });
});
