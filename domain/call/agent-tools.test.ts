import { describe, expect, it } from 'vitest';
import { RELATIONSHIPS } from '../extraction/caller-details.js';
import { AGENT_TOOLS, checkAvailabilityArgs, IRREVERSIBLE_TOOLS, parseToolArgs, saveCallerDetailsArgs, slotArgs, toolFunctionDefinitions, transferArgs } from './agent-tools.js';

describe('the agent tools', () => {
  it('refuses a relationship outside the list with the list itself', () => {
    expect(() => parseToolArgs(saveCallerDetailsArgs, { relationship: 'cousin' })).toThrow(`relationship must be one of ${RELATIONSHIPS.join(', ')}`);
  });

  it('names every problem of one call at once', () => {
    expect(() => parseToolArgs(saveCallerDetailsArgs, { phone: '555-0101', email: 'nobody', serviceType: 'party' })).toThrow(
      /phone must be in E\.164 form.*; email must be an email address.*; serviceType must be one of burial, cremation, memorial, viewing, consultation/,
    );
  });

  it('refuses arguments it does not know, and arguments that are not an object', () => {
    expect(() => parseToolArgs(slotArgs, { localStart: '2026-11-05T10:00', when: 'soon' })).toThrow('unknown argument when');
    expect(() => parseToolArgs(slotArgs, 'tomorrow at ten')).toThrow('the arguments must be an object');
  });

  it('refuses times that are not on the calendar or the clock', () => {
    expect(() => parseToolArgs(slotArgs, { localStart: '2026-02-30T10:00' })).toThrow('localStart must be a real calendar date');
    expect(() => parseToolArgs(slotArgs, { localStart: '2026-03-03T25:00' })).toThrow('localStart must be a local date and time as YYYY-MM-DDTHH:MM');
    expect(() => parseToolArgs(checkAvailabilityArgs, { preference: { days: ['2026-13-01'], partOfDay: null, exact: null, soonest: false } })).toThrow('each of days must be a real calendar date');
    expect(() => parseToolArgs(checkAvailabilityArgs, { limit: 9 })).toThrow('limit must be a whole number from 1 to 5');
  });

  it('reads names and reasons trimmed, and an empty one as a mistake', () => {
    expect(parseToolArgs(saveCallerDetailsArgs, { callerName: '  Joanna Kowalczyk ' })).toEqual({ callerName: 'Joanna Kowalczyk' });
    expect(() => parseToolArgs(transferArgs, { reason: '   ' })).toThrow('reason must not be empty');
    expect(() => parseToolArgs(transferArgs, { reason: 'died\u0000 at home' })).toThrow('reason must not contain control characters');
    expect(parseToolArgs(saveCallerDetailsArgs, undefined)).toEqual({});
  });

  it('gives the voice model the same schemas as JSON schema, one function per tool', () => {
    const definitions = toolFunctionDefinitions();
    expect(definitions.map((d) => d.name)).toEqual(Object.keys(AGENT_TOOLS));
    const details = definitions.find((d) => d.name === 'save_caller_details')!.parameters as { properties: Record<string, { enum?: string[] }>; additionalProperties: boolean };
    expect(details.properties.relationship?.enum).toEqual([...RELATIONSHIPS]);
    expect(details.additionalProperties).toBe(false);
    const booking = definitions.find((d) => d.name === 'book_appointment')!.parameters as { required: string[] };
    expect(booking.required).toEqual(['localStart']);
  });

  it('marks booking, transfer and hanging up as tools to run only once the caller has finished', () => {
    expect([...IRREVERSIBLE_TOOLS].sort()).toEqual(['book_appointment', 'end_call', 'transfer_to_staff']);
  });
});
