import { parseTimePreference } from '../dates/parse-time-preference.js';
import type { AgentMemory, Observation } from './agent-memory.js';
import { CONDOLENCE, GOODBYE, NOTED, UNDECIDED_IS_FINE } from './replies.js';

const CLOSING = /\b(?:that's all|that is all|that's everything|nothing else|no,? thank you|goodbye|bye)\b/i;
const UNDECIDED = /\b(?:not sure|haven't decided|undecided|discuss|talk it over)\b/i;

type Heard = Extract<Observation, { kind: 'heard' }>;

/**
 * Takes in what the caller just said: the workflow's reading of the whole call, and any wish about
 * time in this turn, read against what they said before. Sets the tool work the turn needs.
 */
export function hearCaller(memory: AgentMemory, heard: Heard): AgentMemory {
  const hadEmail = memory.details.email;
  const next: AgentMemory = { ...memory, details: heard.details, intent: heard.intent, service: heard.service, said: [], pending: { check: null, hold: null } };
  const text = heard.text.replace(/’/g, "'");

  if (CLOSING.test(text) && (next.booking || next.intent.questionOnly || next.intent.urgent || !next.intent.wantsAppointment)) {
    return { ...next, said: [GOODBYE], ended: true };
  }
  const losing = next.details.relationship !== null && next.details.relationship !== 'self';
  if (losing && !next.consoled && !next.intent.urgent) {
    next.said.push(CONDOLENCE);
    next.consoled = true;
  }
  if (next.booking) {
    if (next.details.email && next.details.email !== hadEmail) next.said.push(NOTED);
    return next;
  }
  if (next.intent.urgent || next.intent.questionOnly) return next;
  if (next.asked.includes('service') && !next.details.serviceType && UNDECIDED.test(text)) next.said.push(UNDECIDED_IS_FINE);

  const preference = parseTimePreference(text, { reference: next.referenceLocal, timeZone: next.timeZone, context: next.preference });
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
