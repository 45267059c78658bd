import { describe, expect, it } from 'vitest';
import type { Booking, Hold } from '../../domain/call/booking.js';
import type { CallerDetails } from '../../domain/extraction/caller-details.js';
import type { CallIntent } from '../../domain/extraction/call-intent.js';
import type { Slot } from '../../domain/scheduling/slot.js';
import { EMPTY_FIRST_CALL_SHEET } from '../../domain/first-call/first-call-sheet.js';
import { createAgentMemory, type AgentMemory } from './agent-memory.js';
import { hearCaller } from './hear-caller.js';
import { CONDOLENCE, NOTED, UNDECIDED_IS_FINE } from './replies.js';

const NO_FIRST_CALL = { callKind: null, sheet: EMPTY_FIRST_CALL_SHEET, page: null };
const WANTS: CallIntent = { wantsAppointment: true, urgent: false, urgencyReason: null, questionOnly: false };
const NEW_YORK_WEDNESDAY = createAgentMemory({ referenceLocal: '2026-07-29T15:40', timeZone: 'America/New_York', callerId: null });
const slot = (localStart: string): Slot => ({ start: '', end: '', localStart, localEnd: '' });
const BOOKING: Booking = {
  eventId: 'e1',
  service: 'memorial',
  confirmation: 'MEM-000001',
  start: '2026-07-30T15:00:00.000Z',
  end: '2026-07-30T17:00:00.000Z',
  localStart: '2026-07-30T11:00',
  localEnd: '2026-07-30T13:00',
};

function hear(memory: AgentMemory, text: string, details: Partial<CallerDetails> = {}): AgentMemory {
  return hearCaller(memory, { kind: 'heard', text, details: { ...memory.details, ...details }, intent: WANTS, service: 'consultation', ...NO_FIRST_CALL });
}

describe('hearCaller', () => {
  it('checks an offered time the caller picks by its place', () => {
    const offered = { ...NEW_YORK_WEDNESDAY, offered: [slot('2026-07-30T09:00'), slot('2026-07-30T10:00')] };
    const next = hear(offered, 'The earliest one, please.');
    expect(next.preference).toMatchObject({ exact: '2026-07-30T09:00', days: ['2026-07-30'] });
    expect(next.pending.check).toEqual({ requested: '2026-07-30T09:00' });
  });

  it('prefers a time the caller says outright over a place in the offers', () => {
    const offered = { ...NEW_YORK_WEDNESDAY, offered: [slot('2026-07-30T09:00')] };
    expect(hear(offered, 'The first one, or actually tomorrow at 2 PM.').preference.exact).toBe('2026-07-30T14:00');
  });

  it('offers condolences to the bereaved but not to a nurse calling about a patient', () => {
    expect(hear(NEW_YORK_WEDNESDAY, 'My wife passed away.', { relationship: 'spouse' }).said).toContain(CONDOLENCE);
    expect(hear(NEW_YORK_WEDNESDAY, "I'm a hospice nurse.", { relationship: 'professional' }).said).not.toContain(CONDOLENCE);
  });

  it('reassures a caller who does not know yet what service they want', () => {
    const asked: AgentMemory = { ...NEW_YORK_WEDNESDAY, asked: ['service'], consoled: true };
    expect(hear(asked, "I don't know yet. I just need help.").said).toEqual([UNDECIDED_IS_FINE]);
  });

  it('acknowledges a phone number corrected after the booking', () => {
    const booked = { ...NEW_YORK_WEDNESDAY, booking: BOOKING, consoled: true, details: { ...NEW_YORK_WEDNESDAY.details, phone: '+14695550187' } };
    expect(hear(booked, 'My cell is actually 469-555-0178.', { phone: '+14695550178' }).said).toEqual([NOTED]);
    expect(hear(booked, 'Yes, that number is right.').said).toEqual([]);
  });

  it('books a meeting asked for on a later day of an urgent call, but leaves tonight to staff', () => {
    const urgent = { ...NEW_YORK_WEDNESDAY, transferred: true, intent: { ...WANTS, urgent: true } };
    const heard = (memory: AgentMemory, text: string) => hearCaller(memory, { kind: 'heard', text, details: memory.details, intent: memory.intent, service: 'consultation', ...NO_FIRST_CALL });
    expect(heard(urgent, 'And can we come in on Friday to plan everything? Friday at ten?').pending.check).toEqual({ requested: '2026-07-31T10:00' });
    expect(heard(urgent, 'Can somebody come tonight?').pending.check).toBeNull();
    expect(heard(urgent, 'I need to arrange for someone to come tonight.').pending.check).toBeNull();
  });

  it('holds the same time again when the caller changes the service', () => {
    const hold: Hold = { eventId: 'h1', service: 'burial', start: '', end: '', localStart: '2026-07-30T09:00', localEnd: '', expiresAt: '' };
    const holding: AgentMemory = { ...NEW_YORK_WEDNESDAY, hold, service: 'burial', consoled: true };
    const changed = hearCaller(holding, { kind: 'heard', text: 'Make it a cremation instead, same day and time.', details: holding.details, intent: WANTS, service: 'cremation', ...NO_FIRST_CALL });
    expect(changed.pending).toMatchObject({ check: null, hold: '2026-07-30T09:00' });
    const same = hearCaller(holding, { kind: 'heard', text: 'Yes, a burial.', details: holding.details, intent: WANTS, service: 'burial', ...NO_FIRST_CALL });
    expect(same.pending.hold).toBeNull();
  });
});
