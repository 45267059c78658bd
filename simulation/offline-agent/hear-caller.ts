import { splitLocalDateTime } from '../../domain/dates/clock.js';
import { parseTimePreference } from '../../domain/dates/parse-time-preference.js';
import { partOfDayAt } from '../../domain/dates/part-of-day.js';
import type { Relationship } from '../../domain/extraction/caller-details.js';
import type { TimePreference } from '../../domain/time-preference.js';
import { soundsUndecided } from '../../domain/extraction/service-type.js';
import { plainSpeech } from '../../domain/plain-text.js';
import type { AgentMemory, Observation } from './agent-memory.js';
import { pickOffered } from './pick-offered.js';
import { CONDOLENCE, GOODBYE, NOTED, UNDECIDED_IS_FINE } from './replies.js';

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
 * Takes in what the caller just said: the workflow's reading of the whole call, and any wish about
 * time in this turn, read against what they said before. Sets the tool work the turn needs.
 */
export function hearCaller(memory: AgentMemory, heard: Heard): AgentMemory {
  const next: AgentMemory = { ...memory, details: heard.details, intent: heard.intent, service: heard.service, said: [], pending: { check: null, hold: null } };
  const text = plainSpeech(heard.text);

  // "so his friends can say goodbye. Could it be this Friday?" asks for more; it is no farewell.
  const farewell = CLOSING.test(text) && !text.includes('?') && wishedTime(next, text) === null;
  if (farewell && (next.booking || next.intent.questionOnly || next.intent.urgent || !next.intent.wantsAppointment)) {
    return { ...next, said: [GOODBYE], ended: true };
  }
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
  if (next.intent.urgent || next.intent.questionOnly) return next;
  if (next.asked.includes('service') && !next.details.serviceType && soundsUndecided(text)) next.said.push(UNDECIDED_IS_FINE);

  const preference = wishedTime(next, text);
  if (!preference) return next;
  next.preference = preference;
  if (preference.exact && preference.exact !== next.lastRequested) {
    next.lastRequested = preference.exact;
    next.pending = { check: { requested: preference.exact }, hold: null };
  } else if (!preference.exact) {
    next.pending = { check: { requested: null }, hold: null };
  }
  return next;
}
