import { describe, expect, it } from 'vitest';
import { findEmail } from './email.js';

describe('findEmail', () => {
  it.each([
    ["That's right, you can reach me at this number, or email dan.reyes@example.com.", 'dan.reyes@example.com'],
    ['Dan.Reyes@Example.COM', 'dan.reyes@example.com'],
    ['dan dot reyes at example dot com', 'dan.reyes@example.com'],
    ['it is ana underscore cruz at gmail dot com', 'ana_cruz@gmail.com'],
    ['mary dash ann at mail dot example dot org', 'mary-ann@mail.example.org'],
    ['sarah at example.com', 'sarah@example.com'],
    ["It's nico underscore castellanos seventy-seven at hotmail dot com.", 'nico_castellanos77@hotmail.com'],
    ['j dot smith two thousand at example dot co dot uk', 'j.smith2000@example.co.uk'],
    ['jo.o1@example.com', 'jo.o1@example.com'],
  ])('reads %j', (text, email) => {
    expect(findEmail(text)).toBe(email);
  });

  it('does not take "reach me at this number" for an address', () => {
    expect(findEmail('you can reach me at this number')).toBeNull();
    expect(findEmail('see you at 2 on Tuesday')).toBeNull();
  });

  it('keeps the last address when the caller corrects it', () => {
    expect(findEmail('dan@example.com, sorry, dan.reyes@example.com')).toBe('dan.reyes@example.com');
  });
});

describe('findEmail: words said apart after "email"', () => {
  it.each([
    ['My email is e whitcombe at example dot org.', 'ewhitcombe@example.org'],
    ['Email too: p ferreira seven one at example dot net.', 'pferreira71@example.net'],
    ['And my email is michelle huang at example dot com, all one word.', 'michellehuang@example.com'],
    ['Also email, please: a dot wrobel at example dot com.', 'a.wrobel@example.com'],
    ['my email is kai dot nakamura eighty-eight at example dot com', 'kai.nakamura88@example.com'],
  ])('reads %j', (text, email) => {
    expect(findEmail(text)).toBe(email);
  });

  it('does not join words said before the address without the word "email"', () => {
    expect(findEmail('you can write to dan at example dot com')).toBe('dan@example.com');
  });
});
