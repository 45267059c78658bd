import { describe, expect, it } from 'vitest';
import type { CallIntent } from '../extraction/call-intent.js';
import { countWords, decideOutcome, outcomeLine } from './call-outcome.js';
import type { Booking } from './booking.js';

const intent = (overrides: Partial<CallIntent> = {}): CallIntent => ({ wantsAppointment: true, urgent: false, urgencyReason: null, questionOnly: false, ...overrides });
const booking: Booking = {
  eventId: 'e1',
  service: 'burial',
  confirmation: 'BUR-000007',
  start: '2026-07-11T18:00:00.000Z',
  end: '2026-07-11T20:00:00.000Z',
  localStart: '2026-07-11T11:00',
  localEnd: '2026-07-11T13:00',
};

describe('decideOutcome', () => {
  it('calls a call with a booking booked, even if it was also urgent', () => {
    expect(decideOutcome({ booking, urgent: true, intent: intent(), endedBy: 'agent' })).toBe('booked');
  });

  it('tells urgent, information, silence and a plain no-booking apart', () => {
    expect(decideOutcome({ booking: null, urgent: true, intent: intent(), endedBy: 'caller' })).toBe('urgent');
    expect(decideOutcome({ booking: null, urgent: false, intent: intent({ questionOnly: true }), endedBy: 'caller' })).toBe('information');
    expect(decideOutcome({ booking: null, urgent: false, intent: intent(), endedBy: 'silence' })).toBe('abandoned');
    expect(decideOutcome({ booking: null, urgent: false, intent: intent(), endedBy: 'caller' })).toBe('no_booking');
  });
});

describe('outcomeLine', () => {
  it('names the service, the written time and the confirmation number of a booking', () => {
    expect(outcomeLine({ outcome: 'booked', booking, urgencyReason: null })).toBe('Booked burial service for Saturday, July 11 at 11:00 AM (BUR-000007).');
  });

  it('gives the reason of an urgent call', () => {
    expect(outcomeLine({ outcome: 'urgent', booking: null, urgencyReason: 'death just occurred' })).toContain('death just occurred');
  });
});

describe('countWords', () => {
  it('counts the words of both sides', () => {
    expect(countWords([{ role: 'caller', text: 'Hello there.' }, { role: 'agent', text: "  I'm so sorry  for your loss. " }])).toBe(8);
  });
});
