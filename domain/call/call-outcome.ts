import type { CallIntent } from '../extraction/call-intent.js';
import type { CallTurn } from '../extraction/call-turn.js';
import { serviceName, writtenDateTime } from './appointment-words.js';
import type { Booking } from './booking.js';

export type CallOutcome = 'booked' | 'urgent' | 'information' | 'no_booking' | 'abandoned';

/** How a call ended, for staff lists and the Temporal UI; a booking outranks everything else. */
export function decideOutcome(call: { booking: Booking | null; urgent: boolean; intent: CallIntent; endedBy: 'agent' | 'caller' | 'silence' }): CallOutcome {
  if (call.booking) return 'booked';
  if (call.urgent) return 'urgent';
  if (call.intent.questionOnly) return 'information';
  return call.endedBy === 'silence' ? 'abandoned' : 'no_booking';
}

/** One line on the contact's timeline saying what the call came to. */
export function outcomeLine(call: { outcome: CallOutcome; booking: Booking | null; urgencyReason: string | null }): string {
  switch (call.outcome) {
    case 'booked': {
      const booking = call.booking!;
      return `Booked ${serviceName(booking.service)} for ${writtenDateTime(booking.localStart)} (${booking.confirmation}).`;
    }
    case 'urgent':
      return `Urgent: ${call.urgencyReason ?? 'needs a person now'}. Flagged for an immediate call back.`;
    case 'information':
      return 'Asked for information; nothing to arrange.';
    case 'abandoned':
      return 'The call went silent before anything was arranged.';
    case 'no_booking':
      return 'Spoke with us; nothing booked yet.';
  }
}

/** Words spoken on the call by both sides: the voice usage an organization is billed for. */
export function countWords(turns: readonly CallTurn[]): number {
  return turns.reduce((sum, turn) => sum + (turn.text.match(/\S+/g)?.length ?? 0), 0);
}
