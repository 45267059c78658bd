import { serviceName } from '../../domain/call/appointment-words.js';
import type { Booking } from '../../domain/call/booking.js';
import type { SlotRefusal } from '../../domain/scheduling/judge-start.js';
import { speakSlot } from '../../domain/scheduling/speak-slot.js';
import { spokenDay } from '../../domain/scheduling/spoken-day.js';
import { speakSlots } from '../../domain/scheduling/speak-slots.js';
import type { Slot } from '../../domain/scheduling/slot.js';
import type { ServiceType } from '../../domain/services.js';
import type { Relationship } from '../../domain/extraction/caller-details.js';
import type { FirstCallSheet } from '../../domain/first-call/first-call-sheet.js';
import { spokenItem, type PriceListItem } from '../../domain/prices/price-list.js';
import type { SheetQuestion } from './agent-memory.js';

// The agent's words. Short sentences, no jargon: the person on the line may have just lost someone.
// Questions use the phrases the extractor listens for ("your name", "name of your loved one"), so a
// bare answer lands in the right field.

export const CONDOLENCE = "I'm so sorry for your loss.";

export const QUESTIONS = {
  callerName: 'May I have your name, please?',
  deceasedName: 'May I ask the name of your loved one who passed?',
  service: "Have you thought about what kind of service you'd like, such as a burial or a cremation? It's all right if you haven't decided yet.",
  phone: "What's the best phone number to reach you?",
} as const;

const REFUSALS: Record<SlotRefusal, string> = {
  not_a_time: "I'm sorry, I didn't catch a time I can book.",
  closed: "I'm sorry, we're closed that day.",
  outside_hours: "I'm sorry, that's outside our opening hours.",
  runs_past_closing: "I'm sorry, that would run past our closing time.",
  too_soon: "I'm sorry, that's a little too soon for us to be ready.",
  off_grid: 'We book on the hour and the half hour.',
  taken: "I'm sorry, that time is already taken.",
};

/** A meeting is something to come in for; a service is something to hold. */
export function whenQuestion(service: ServiceType): string {
  return service === 'consultation' || service === 'planning'
    ? 'When would you like to come in?'
    : `What day and time would you like for the ${serviceName(service)}?`;
}

/** A nurse or a social worker calls about a patient, not a loved one. */
export function deceasedNameQuestion(relationship: Relationship | null): string {
  return relationship === 'professional' ? 'May I have the name of the person who has died?' : QUESTIONS.deceasedName;
}

export function refusedTime(reason: SlotRefusal, localStart: string, referenceLocal: string): string {
  return reason === 'taken' ? `I'm sorry, ${speakSlot(localStart, referenceLocal)} is already taken.` : REFUSALS[reason];
}

export function offer(slots: readonly Slot[], referenceLocal: string, afterRefusal: boolean): string {
  if (slots.length === 0) {
    return "I'm sorry, I don't see a free time in the next two weeks. A member of our staff will call you to find one.";
  }
  const times = speakSlots(slots.map((slot) => slot.localStart), referenceLocal);
  const lead = afterRefusal ? 'The closest times I have are' : 'I have';
  return `${lead} ${times}. Would any of those work for you?`;
}

/** Said before other offers when none falls on the day (or days) the caller asked for. */
export function nothingFreeOn(days: readonly string[], referenceLocal: string): string {
  const [only] = days;
  if (days.length !== 1 || only === undefined) return "I'm sorry, I have nothing free on the days you mentioned.";
  const day = spokenDay(only, referenceLocal.slice(0, 10));
  return `I'm sorry, I have nothing free ${/^(?:today|tomorrow|this )/.test(day) ? '' : 'on '}${day}.`;
}

export const OFFERS_STAND = 'Would any of those times work for you?';

export const JUST_TAKEN = "I'm sorry, that time was just taken by another family.";

export function heldAsking(localStart: string, referenceLocal: string): string {
  return `I'm holding ${speakSlot(localStart, referenceLocal)} for you.`;
}

function phoneWords(phone: string, callerId: string | null): string {
  return phone === callerId ? 'the number you are calling from' : `the number ending in ${phone.slice(-4).split('').join(' ')}`;
}

export function bookedReadBack(booking: Booking, referenceLocal: string, phone: string | null, callerId: string | null): string {
  const when = speakSlot(booking.localStart, referenceLocal);
  const text = phone ? ` I'll text it to ${phoneWords(phone, callerId)}.` : '';
  return `You're all set. I've booked the ${serviceName(booking.service)} for ${when}. Your confirmation number is ${booking.confirmation}.${text}`;
}

export const ANYTHING_ELSE = 'Is there anything else I can help you with?';
export const NOTED = 'Thank you, I have that noted.';
export const GOODBYE = 'Thank you for calling. Please take care.';
export const UNDECIDED_IS_FINE = "That's completely fine. We can talk it through together at an arrangement meeting.";
export const CALENDAR_TROUBLE = "I'm sorry, I can't reach our calendar right now. A member of our staff will call you back shortly to book a time.";

export const URGENT_FLAGGED = "I'm so sorry. I've alerted our staff on call, and someone will phone you back within a few minutes.";
export const URGENT_REASSURE =
  "Our staff on call will phone you within a few minutes and can arrange to come to the house. You don't need to do anything else right now.";
export const URGENT_NAMES = 'While they get ready, may I have your name, and the name of the person who has died?';

export const INFORMATION =
  "Our staff can give you directions and parking details, and anyone at the front desk will help when you arrive. Is there anything else I can help you with?";

export const SHEET_ADDED = "Thank you, I've added that for our director and the team who will come.";
export const FIRST_CALL_OPENING = "I'm so sorry. I'm here to help, and I'm getting our director on call to you right away.";
export const FACILITY_OPENING = "Thank you for calling us. I'm letting our director on call know now.";
export const NOT_FOR_US = "I'm sorry, you've reached a funeral home, and we can't help with that. Thank you for calling. Goodbye.";
export const NO_NAME_NEEDED = "Of course, you don't need to give a name. Is there anything else I can tell you?";

export const SHEET_QUESTIONS: Record<SheetQuestion, string> = {
  names: 'May I have your name, and the name of the person who has died?',
  where: 'Where is your loved one now? If they are at home, may I have the address?',
  room: 'Which floor and room are they in?',
  released: 'Has a doctor, hospice nurse or the coroner been told yet, and have they said we may come?',
  callback: "What's the best number for our director to call you back on?",
  nextOfKin: 'Who is the family contact, and is there a number for them?',
};
export const FACILITY_QUESTIONS: Partial<Record<SheetQuestion, string>> = {
  names: 'May I have the name of the person who has died?',
  where: 'Which facility are they at, and which room?',
  released: 'Have they been released, and is the paperwork ready?',
  callback: 'And a number to reach you?',
};

const yesNoWords = (sheet: FirstCallSheet): string[] => {
  const parts: string[] = [];
  if (sheet.underHospice) parts.push(sheet.hospiceName ? `in the care of ${sheet.hospiceName}` : 'under hospice care');
  if (sheet.released === true) parts.push('released to us');
  if (sheet.released === false) parts.push('not yet released');
  return parts;
};

/** The sheet read back and what happens next, honestly: who calls, and within how long. */
export function firstCallReadBack(input: { deceasedName: string | null; sheet: FirstCallSheet; minutes: number | null; phone: string | null; callerId: string | null; facility: boolean }): string {
  const where = input.sheet.location ? `at ${input.sheet.location}${input.sheet.room ? `, ${input.sheet.room}` : ''}` : input.sheet.locationType === 'residence' ? 'at home' : null;
  const facts = [input.deceasedName, where, ...yesNoWords(input.sheet)].filter(Boolean).join(', ');
  const within = input.minutes ? `within ${input.minutes} minutes` : 'shortly';
  const number = input.phone ? ` at ${phoneWords(input.phone, input.callerId)}` : '';
  const readBack = facts ? `Let me read that back: ${facts}.` : '';
  const next = input.facility
    ? `Our director on call has been paged and will call you back ${within}${number} to arrange the transfer.`
    : `Our director on call has been paged and will call you back ${within}${number}. You don't need to do anything else right now.`;
  return `Thank you. ${readBack} ${next}`.replace(/\s+/g, ' ');
}

/** Prices exactly as the list gives them, and nothing the list does not say. */
export function pricesReply(input: { items: readonly PriceListItem[]; notOnList: readonly string[]; noList: boolean; offerList: boolean }): string {
  if (input.noList) return "I'm sorry, I don't have our price list in front of me. A member of our staff will call you with it, and you don't need to give your name to get it.";
  const said = input.items.map((item) => spokenItem(item));
  const parts = said.length > 0 ? [`${capitalise(said.join('; '))}.`] : [];
  if (input.notOnList.length > 0) parts.push("I don't have a price for that on our list; a member of our staff can call you with it.");
  if (input.offerList) parts.push('I can also text or email you our full price list if that would help.');
  return parts.join(' ');
}

export function priceListSentReply(sent: { channel: 'text' | 'email'; to: string }, callerId: string | null): string {
  return sent.channel === 'email' ? `I've emailed our full price list to ${sent.to}.` : `I've texted our full price list to ${phoneWords(sent.to, callerId)}.`;
}

export function askListAddress(channel: 'text' | 'email'): string {
  return channel === 'email' ? 'What email address should I send it to?' : 'What number should I text it to?';
}

export const LIST_NOT_SENT = "I couldn't send the price list just now; you're welcome to call us any time and we'll read it to you or send it.";

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function questionReply(input: { answers: ReadonlyArray<{ text: string }>; callbackTask: boolean }): string {
  if (input.answers.length > 0) return input.answers.map((answer) => answer.text).join(' ');
  return input.callbackTask
    ? "I'm sorry, I don't have that in front of me. I've asked a member of our staff to call you back with the answer."
    : "I'm sorry, I don't have that in front of me. A member of our staff can help with it.";
}
