import { splitLocalDateTime } from '../../domain/dates/clock.js';
import { parseTimePreference } from '../../domain/dates/parse-time-preference.js';
import { partOfDayAt } from '../../domain/dates/part-of-day.js';
import type { Relationship } from '../../domain/extraction/caller-details.js';
import type { TimePreference } from '../../domain/time-preference.js';
import { detectCallIntent } from '../../domain/extraction/call-intent.js';
import { soundsUndecided } from '../../domain/extraction/service-type.js';
import { plainSpeech } from '../../domain/plain-text.js';
import { asksForInformation } from '../../domain/knowledge/answer-question.js';
import { asksPrice } from '../../domain/prices/asks-price.js';
import { wantsPriceList, type PriceListChannel } from '../../domain/prices/wants-price-list.js';
import type { AgentMemory, Observation } from './agent-memory.js';
import { pickOffered } from './pick-offered.js';
import { CONDOLENCE, GOODBYE, NOTED, SHEET_ADDED, UNDECIDED_IS_FINE } from './replies.js';

const CLOSING = /\b(?:that's all|that is all|that's everything|nothing else|no,? thank you|goodbye|bye)\b/i;
/** Someone planning ahead or a nurse calling about a patient lost no one of their own. */
const NOT_BEREAVED: ReadonlySet<Relationship> = new Set(['self', 'professional']);

type Heard = Extract<Observation, { kind: 'heard' }>;

/**
 * What the caller wishes about time in `text`. An offered time picked by its place ("the earliest
 * one") is an exact wish.
 */
function wishedTime(memory: AgentMemory, text: string): TimePreference | null {
  const said = parseTimePreference(text, { reference: memory.referenceLocal, timeZone: memory.timeZone, context: memory.preference });
  if (said?.exact) return said;
  const picked = pickOffered(text, memory.offered);
  if (picked === null) return said;
  const { date, minute } = splitLocalDateTime(picked);
  return { days: [date], partOfDay: partOfDayAt(minute), exact: picked, soonest: false };
}

/**
 * A death that needs someone tonight is for staff; a caller who also asks to come in on a later day
 * ("and can we come in Monday at ten?") is booked as on any call, once staff have been alerted.
 */
function arrangesLater(memory: AgentMemory, text: string, preference: TimePreference | null): boolean {
  if (memory.offered.length > 0 || memory.hold) return true;
  const today = memory.referenceLocal.slice(0, 10);
  const days = preference?.exact ? [preference.exact.slice(0, 10)] : (preference?.days ?? []);
  return days.length > 0 && days.every((day) => day > today) && detectCallIntent([{ role: 'caller', text }]).wantsAppointment;
}

/** The email address or number the agent asked for the price list, said in this turn. */
function addressGiven(memory: AgentMemory, heard: Heard): PriceListChannel | null {
  const asked = memory.listAddressAsked;
  if (asked === 'email') return heard.details.email && heard.details.email !== memory.details.email ? 'email' : null;
  if (asked === 'text') return heard.details.phone && heard.details.phone !== memory.details.phone ? 'text' : null;
  return null;
}

/**
 * Takes in what the caller just said: the workflow's reading of the whole call, and any wish about
 * time in this turn, read against what they said before. Sets the tool work the turn needs.
 */
export function hearCaller(memory: AgentMemory, heard: Heard): AgentMemory {
  const text = plainSpeech(heard.text);
  // A price or a question is answered in the turn it is asked, before anything is asked back.
  // After a price was given, "and what would that be?" asks the next price.
  const sendList = memory.listSent ? null : (wantsPriceList(text, memory.listOffered) ?? addressGiven(memory, heard));
  const followsPrice = memory.listOffered && text.includes('?') && !asksForInformation(text);
  // "Could you email me your price list?" wants the list sent, not one price looked up.
  const pricing = (asksPrice(text) || followsPrice) && sendList === null;
  const pending = { check: null, hold: null, prices: pricing ? text : null, question: asksForInformation(text) && !pricing && sendList === null ? text : null, sendList };
  // A death the home must go to is urgent however it was said: the call has paged for it.
  const paged = heard.callKind === 'first_call' || heard.callKind === 'facility_call';
  const intent = paged && !heard.intent.urgent ? { ...heard.intent, urgent: true, urgencyReason: 'a death has occurred' } : heard.intent;
  const next: AgentMemory = { ...memory, details: heard.details, intent, service: heard.service, callKind: heard.callKind, sheet: heard.sheet, page: heard.page, said: [], pending };
  // Times offered before the call turned out to be a death are withdrawn: tonight is for staff.
  const becamePaged = paged && memory.callKind !== heard.callKind && !memory.hold && !memory.booking;
  if (becamePaged) next.offered = [];

  // "so his friends can say goodbye. Could it be this Friday?" asks for more; it is no farewell.
  const farewell = CLOSING.test(text) && !text.includes('?') && wishedTime(next, text) === null;
  if (farewell && (next.booking || next.intent.questionOnly || next.intent.urgent || !next.intent.wantsAppointment)) {
    return { ...next, said: [GOODBYE], ended: true, pending: { check: null, hold: null, sendList } };
  }
  // Facts for the removal team given after the read-back are acknowledged, so the caller knows they were heard.
  const sheetGrew = next.promised && (next.sheet.location !== memory.sheet.location || next.sheet.removalNotes !== memory.sheet.removalNotes || next.sheet.room !== memory.sheet.room);
  if (sheetGrew) next.said.push(SHEET_ADDED);
  const { relationship, email, phone } = next.details;
  const losing = relationship !== null && !NOT_BEREAVED.has(relationship);
  if (losing && !next.consoled && !next.intent.urgent) {
    next.said.push(CONDOLENCE);
    next.consoled = true;
  }
  if (next.booking) {
    // A way to reach the family given or corrected after booking is acknowledged, not ignored.
    const newWayToReach = (email && email !== memory.details.email) || (phone && phone !== memory.details.phone);
    if (newWayToReach) next.said.push(NOTED);
    return next;
  }
  if (next.intent.questionOnly) return next;
  const preference = wishedTime(next, text);
  if (next.intent.urgent && !arrangesLater(next, text, preference)) return next;
  if (next.asked.includes('service') && !next.details.serviceType && soundsUndecided(text)) next.said.push(UNDECIDED_IS_FINE);
  // "Make it a cremation instead, same day and time": the time held goes with the new service.
  if (next.hold && next.service !== next.hold.service && !preference?.exact) next.pending = { ...next.pending, hold: next.hold.localStart };
  if (!preference) return next;
  next.preference = preference;
  if (preference.exact && preference.exact !== next.lastRequested) {
    next.lastRequested = preference.exact;
    next.pending = { ...next.pending, check: { requested: preference.exact }, hold: null };
  } else if (!preference.exact) {
    next.pending = { ...next.pending, check: { requested: null }, hold: null };
  }
  return next;
}
