import { describe, expect, it } from 'vitest';
import { countryOf, findPhoneNumbers, refersToCallerNumber, toE164, type PhoneCountries } from './phone.js';

const US: PhoneCountries = { home: 'US', trunk: 'US' };

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

  it('rejects North American numbers whose area code starts with 0 or 1', () => {
    expect(toE164('0770090046', 'US')).toBeNull();
    expect(toE164('1234567890', 'US')).toBeNull();
  });
});

describe('countryOf', () => {
  it('tells the country of a caller ID when the digits do', () => {
    expect(countryOf('+442079460321')).toBe('GB');
    expect(countryOf('+13035550181')).toBe('US');
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
    ['plus 353 87 555 0193', '+353875550193'],
    ['Plus four four, seven nine one one, one two three four five six.', '+447911123456'],
    ['555 123 4567, 2 PM works', '+15551234567'],
  ])('reads %j', (text, e164) => {
    expect(findPhoneNumbers(text, US)).toEqual([e164]);
  });

  it('finds nothing in times, ages and short numbers', () => {
    expect(findPhoneNumbers("I'm 78. Tuesday at 2 PM, or 11:30.", US)).toEqual([]);
    expect(findPhoneNumbers('call 555-1234', US)).toEqual([]);
  });

  it('reads a number said with a leading 0 in the caller ID country, others as at home', () => {
    const london: PhoneCountries = { home: 'US', trunk: 'GB' };
    expect(findPhoneNumbers('Best to text my mobile, 07700 900461.', london)).toEqual(['+447700900461']);
    expect(findPhoneNumbers('my mobile is 0491 570 110', { home: 'US', trunk: 'AU' })).toEqual(['+61491570110']);
    expect(findPhoneNumbers('646-555-0172', london)).toEqual(['+16465550172']);
    expect(findPhoneNumbers('07700 900461', US)).toEqual([]);
  });

  it('returns a correction after the number it corrects', () => {
    expect(findPhoneNumbers('not 555-123-4567, it is 555-123-4568', US)).toEqual(['+15551234567', '+15551234568']);
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
