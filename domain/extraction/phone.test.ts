import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, refersToCallerNumber, toE164 } from './phone.js';

describe('toE164', () => {
  it('formats US numbers, fictional 555 ones included', () => {
    expect(toE164('555-123-4567', 'US')).toBe('+15551234567');
    expect(toE164('+15551234567', 'US')).toBe('+15551234567');
    expect(toE164('(617) 555-0188', 'US')).toBe('+16175550188');
  });

  it('rejects numbers of the wrong length', () => {
    expect(toE164('555-1234', 'US')).toBeNull();
    expect(toE164('78', 'US')).toBeNull();
  });
});

describe('findPhoneNumbers', () => {
  it.each([
    ["It's 555-123-4567.", '+15551234567'],
    ['Yes, 555-987-6543.', '+15559876543'],
    ['(555) 987 6543', '+15559876543'],
    ['Six one seven, five five five, zero one eight eight.', '+16175550188'],
    ['six one seven five five five oh one eight eight', '+16175550188'],
    ['one five five five one two three four five six seven', '+15551234567'],
    ['+44 7911 123456', '+447911123456'],
    ['555 123 4567, 2 PM works', '+15551234567'],
  ])('reads %j', (text, e164) => {
    expect(findPhoneNumbers(text, 'US')).toEqual([e164]);
  });

  it('finds nothing in times, ages and short numbers', () => {
    expect(findPhoneNumbers("I'm 78. Tuesday at 2 PM, or 11:30.", 'US')).toEqual([]);
    expect(findPhoneNumbers('call 555-1234', 'US')).toEqual([]);
  });

  it('returns a correction after the number it corrects', () => {
    expect(findPhoneNumbers('not 555-123-4567, it is 555-123-4568', 'US')).toEqual(['+15551234567', '+15551234568']);
  });
});

describe('refersToCallerNumber', () => {
  it('hears the caller pointing at the line they call from', () => {
    expect(refersToCallerNumber('Yes, this number is fine.')).toBe(true);
    expect(refersToCallerNumber("That's right, you can reach me at this number.")).toBe(true);
    expect(refersToCallerNumber('use the number I’m calling from')).toBe(true);
    expect(refersToCallerNumber('What number should I call?')).toBe(false);
  });
});
