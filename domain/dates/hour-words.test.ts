import { describe, expect, it } from 'vitest';
import { hourOf } from './hour-words.js';

describe('hourOf', () => {
  it('reads clock hours in words or digits', () => {
    expect(hourOf('Ten')).toBe(10);
    expect(hourOf('7')).toBe(7);
  });

  it('rejects what is no hour of a 12-hour clock', () => {
    expect(hourOf('0')).toBeNull();
    expect(hourOf('13')).toBeNull();
    expect(hourOf('78')).toBeNull();
    expect(hourOf('twenty')).toBeNull();
  });
});
