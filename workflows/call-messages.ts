import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CheckAvailabilityArgs, EndCallArgs, SaveCallerDetailsArgs, SlotArgs, TransferArgs } from '../domain/call/agent-tools.js';
import type { Booking, Hold } from '../domain/call/booking.js';
import type { CallOutcome } from '../domain/call/call-outcome.js';
import type { CallIntent } from '../domain/extraction/call-intent.js';
import type { CallTurn } from '../domain/extraction/call-turn.js';
import type { CallerDetails } from '../domain/extraction/caller-details.js';
import type { SlotCheck } from '../domain/scheduling/index.js';
import type { Slot } from '../domain/scheduling/slot.js';
import type { ServiceType } from '../domain/services.js';
import type { CallKind } from '../domain/first-call/call-kind.js';
import type { FirstCallSheet } from '../domain/first-call/first-call-sheet.js';
import type { KnowledgeAnswer } from '../domain/knowledge/answer-question.js';
import type { PriceListItem } from '../domain/prices/price-list.js';
import type { AnswerQuestionArgs, FirstCallDetailsArgs, LookUpPricesArgs, SendPriceListArgs } from '../domain/call/agent-tools.js';
import type { CallTiming } from '../domain/call/call-timing.js';
import type { CallPage } from './call-state.js';

/**
 * The call workflow's contract with whoever speaks for the agent: the voice bridge relaying
 * Deepgram's function calls, or the simulated agent of text calls. Both use exactly these.
 */

export type CallInput = {
  tenantId: string;
  callSid: string;
  /** Caller ID, E.164, when the network gave one. */
  fromPhone: string | null;
  /** When the call began (ISO instant); every relative phrase is read against it. */
  referenceTime: string;
  timeZone: string;
};

export type CallStage = 'listening' | 'offering' | 'holding' | 'booked' | 'ended';

export type CallView = {
  stage: CallStage;
  turns: CallTurn[];
  details: CallerDetails;
  intent: CallIntent;
  service: ServiceType;
  offered: Slot[];
  hold: Hold | null;
  booking: Booking | null;
  urgent: boolean;
  urgencyReason: string | null;
  contactId: string | null;
  outcome: CallOutcome | null;
  fromPhone: string | null;
  referenceTime: string;
  timeZone: string;
  kind: CallKind | null;
  sheet: FirstCallSheet;
  page: CallPage | null;
  quoted: readonly string[];
  timings: readonly CallTiming[];
};

/** What the call has understood so far. `kind`, `sheet` and `page` are absent from calls before first calls were read. */
export type DetailsAnswer = {
  details: CallerDetails;
  intent: CallIntent;
  service: ServiceType;
  contactId: string | null;
  kind?: CallKind | null;
  sheet?: FirstCallSheet;
  page?: CallPage | null;
};

/** Where the full price list went: the number (E.164) or email address it was sent to. */
export type PriceListSent = { channel: 'text' | 'email'; to: string };
export type PricesAnswer = { items: PriceListItem[]; notOnList: string[]; noList: boolean; disclosures: string | null };
export type QuestionAnswer = KnowledgeAnswer & { callbackTask: boolean };

export type AvailabilityResult = { service: ServiceType; requested: SlotCheck | null; slots: Slot[] };

/** `putThroughTo`: the person on call the caller is being put through to now; absent: a call-back task was made instead. */
export type TransferResult = { flagged: true; reason: string; putThroughTo?: string };

export type CallSummary = {
  outcome: CallOutcome;
  booking: Booking | null;
  contactId: string | null;
  urgent: boolean;
};

export const turnSignal = defineSignal<[CallTurn]>('turn');
export const hangUpSignal = defineSignal('hang_up');
/** The voice bridge's measure of a reply or a tool call (CallTiming). */
export const timingSignal = defineSignal<[unknown]>('timing');
/** The voice bridge lost the voice agent mid-call and told the caller a person will call back. */
export const agentLostSignal = defineSignal('voice_agent_lost');
export const callStateQuery = defineQuery<CallView>('call_state');

// The update names are the agent's tool names; each one's arguments have one schema in agent-tools.
export const saveCallerDetailsUpdate = defineUpdate<DetailsAnswer, [SaveCallerDetailsArgs]>('save_caller_details');
export const checkAvailabilityUpdate = defineUpdate<AvailabilityResult, [CheckAvailabilityArgs]>('check_availability');
export const holdSlotUpdate = defineUpdate<Hold, [SlotArgs]>('hold_slot');
export const bookAppointmentUpdate = defineUpdate<Booking, [SlotArgs]>('book_appointment');
export const transferToStaffUpdate = defineUpdate<TransferResult, [TransferArgs]>('transfer_to_staff');
export const endCallUpdate = defineUpdate<CallSummary, [EndCallArgs]>('end_call');
export const lookUpPricesUpdate = defineUpdate<PricesAnswer, [LookUpPricesArgs]>('look_up_prices');
export const sendPriceListUpdate = defineUpdate<PriceListSent, [SendPriceListArgs]>('send_price_list');
export const answerQuestionUpdate = defineUpdate<QuestionAnswer, [AnswerQuestionArgs]>('answer_question');
export const saveFirstCallDetailsUpdate = defineUpdate<DetailsAnswer, [FirstCallDetailsArgs]>('save_first_call_details');
