import type { Booking, Hold } from '../../domain/call/booking.js';
import { NO_INTENT, type CallIntent } from '../../domain/extraction/call-intent.js';
import { EMPTY_CALLER_DETAILS, type CallerDetails } from '../../domain/extraction/caller-details.js';
import type { SlotCheck } from '../../domain/scheduling/check-slot.js';
import type { Slot } from '../../domain/scheduling/slot.js';
import type { ServiceType } from '../../domain/services.js';
import { EMPTY_TIME_PREFERENCE, type TimePreference } from '../../domain/time-preference.js';
import type { CallKind } from '../../domain/first-call/call-kind.js';
import { EMPTY_FIRST_CALL_SHEET, type FirstCallSheet } from '../../domain/first-call/first-call-sheet.js';
import type { PriceListSent, PricesAnswer, QuestionAnswer } from '../../workflows/call-messages.js';
import type { PriceListChannel } from '../../domain/prices/wants-price-list.js';
import type { CallPage } from '../../workflows/call-state.js';

export type Question = 'callerName' | 'deceasedName' | 'service' | 'when' | 'phone';
/** What the agent asks on a first call, each once, only when the caller has not said it. */
export type SheetQuestion = 'names' | 'where' | 'room' | 'released' | 'callback' | 'nextOfKin';

/**
 * What the offline agent remembers between turns. It plays the part the voice model plays on a
 * live call: it hears the caller, calls the same tools, and says the next thing.
 */
export type AgentMemory = {
  /** The call's start as local 'YYYY-MM-DDTHH:MM', its zone, and the caller ID. */
  referenceLocal: string;
  timeZone: string;
  callerId: string | null;
  details: CallerDetails;
  intent: CallIntent;
  service: ServiceType;
  preference: TimePreference;
  /** The exact time the caller asked for last, so a repeat is not checked twice. */
  lastRequested: string | null;
  asked: Question[];
  offered: Slot[];
  hold: Hold | null;
  booking: Booking | null;
  transferred: boolean;
  consoled: boolean;
  callKind: CallKind | null;
  sheet: FirstCallSheet;
  page: CallPage | null;
  sheetAsked: SheetQuestion[];
  /** The family has heard what happens next (the call back promised) and the sheet read back. */
  promised: boolean;
  /** The full price list has been offered by text once. */
  listOffered: boolean;
  /** Where the full price list went, once sent; and the way it was wanted while the agent asks for an address. */
  listSent: boolean;
  listAddressAsked: PriceListChannel | null;
  /** Work the current turn still needs before the agent speaks. */
  pending: { check: { requested: string | null } | null; hold: string | null; prices?: string | null; question?: string | null; sendList?: PriceListChannel | null };
  /** What the agent will say at the end of the current turn, in order. */
  said: string[];
  ended: boolean;
};


export function createAgentMemory(call: { referenceLocal: string; timeZone: string; callerId: string | null }): AgentMemory {
  return {
    ...call,
    details: EMPTY_CALLER_DETAILS,
    intent: NO_INTENT,
    service: 'consultation',
    preference: EMPTY_TIME_PREFERENCE,
    lastRequested: null,
    asked: [],
    offered: [],
    hold: null,
    booking: null,
    transferred: false,
    consoled: false,
    callKind: null,
    sheet: EMPTY_FIRST_CALL_SHEET,
    page: null,
    sheetAsked: [],
    promised: false,
    listOffered: false,
    listSent: false,
    listAddressAsked: null,
    pending: { check: null, hold: null },
    said: [],
    ended: false,
  };
}

/** What the agent learns: a caller's turn (with the workflow's reading of it) or a tool's answer. */
export type Observation =
  | { kind: 'heard'; text: string; details: CallerDetails; intent: CallIntent; service: ServiceType; callKind: CallKind | null; sheet: FirstCallSheet; page: CallPage | null }
  | ({ kind: 'prices' } & PricesAnswer)
  | ({ kind: 'answered' } & QuestionAnswer)
  | ({ kind: 'price_list_sent' } & PriceListSent)
  | { kind: 'availability'; requested: SlotCheck | null; slots: Slot[] }
  | { kind: 'held'; hold: Hold }
  | { kind: 'booked'; booking: Booking }
  | { kind: 'transferred' }
  | { kind: 'refused'; tool: 'hold_slot' | 'book_appointment' | 'check_availability' | 'send_price_list'; code: string; message: string };

/** What the agent does next: call a tool, or speak and wait for the caller. */
export type Move =
  | { kind: 'check_availability'; service: ServiceType; preference: TimePreference; requestedLocalStart: string | null }
  | { kind: 'hold_slot'; service: ServiceType; localStart: string }
  | { kind: 'book_appointment'; service: ServiceType; localStart: string }
  | { kind: 'transfer_to_staff'; reason: string }
  | { kind: 'look_up_prices'; question: string }
  | { kind: 'answer_question'; question: string }
  | { kind: 'send_price_list'; channel: PriceListChannel }
  | { kind: 'say'; text: string; endCall: boolean };
