import { describe, expect, it } from 'vitest';
import { findDeceasedName } from './deceased-name.js';

describe('findDeceasedName', () => {
  it.each([
    ["Her name is Linda Park. I'm Steven Park.", 'Linda Park'],
    ['his name was thomas reyes', 'Thomas Reyes'],
    ['The deceased is Harold Jones.', 'Harold Jones'],
    ["The patient's name is Harold Jones.", 'Harold Jones'],
  ])('reads the deceased in %j', (text, name) => {
    expect(findDeceasedName(text)).toBe(name);
  });

  it('ignores the caller introducing themselves', () => {
    expect(findDeceasedName('My name is Daniel Reyes.')).toBeNull();
  });
});
