import { describe, expect, it } from 'vitest';
import { findChosenServiceType } from './service-type.js';

describe('findChosenServiceType', () => {
  it.each([
    ['I need to schedule a burial service for my mother.', 'burial'],
    ['We want him buried next to his wife.', 'burial'],
    ['an interment at the cemetery', 'burial'],
    ["I'm thinking cremation.", 'cremation'],
    ['she wanted to be cremated', 'cremation'],
    ["we'd like to have a memorial service", 'memorial'],
    ['a viewing for the family', 'viewing'],
    ['a wake on Friday evening', 'viewing'],
    ['just a consultation please', 'consultation'],
    ['no cremation, a burial please', 'burial'],
  ])('reads %j as %s', (text, serviceType) => {
    expect(findChosenServiceType(text)).toBe(serviceType);
  });

  it.each([
    "We're not sure yet. Maybe cremation? We need to discuss as a family.",
    'burial or cremation, we have not decided',
    'could be burial or cremation',
    "Hi, I'm coming to the Hansen visitation tomorrow.",
    'Forest Lawn Memorial Park',
    'calling about arrangements',
    "I believe they're leaning toward cremation, but they'd like to talk it through with you.",
    'Probably a burial, but we want to hear the options first.',
  ])('reads no choice in %j', (text) => {
    expect(findChosenServiceType(text)).toBeNull();
  });
});

describe('findChosenServiceType: how far a doubt reaches', () => {
  it('keeps a choice when the doubt is about something else in another sentence', () => {
    expect(findChosenServiceType("He always said he wanted to be cremated. I don't know about anything else.")).toBe('cremation');
  });

  it('keeps a choice when "probably" hedges a time said after it', () => {
    expect(findChosenServiceType("We're thinking a memorial service, probably in a couple of weeks.")).toBe('memorial');
  });

  it('still reads a trailing hedge as doubt about the service', () => {
    expect(findChosenServiceType("We're thinking cremation, maybe.")).toBeNull();
    expect(findChosenServiceType('Maybe a burial.')).toBeNull();
  });

  it('takes the service a caller asks for instead of one named before', () => {
    expect(findChosenServiceType('She wanted to be cremated, not buried. Can we do a memorial service instead?')).toBe('memorial');
    expect(findChosenServiceType("She wanted to be cremated, so we'd like a memorial service after that.")).toBe('cremation');
  });
});
