import type { CallTurn } from './call-turn.js';

export type CallIntent = {
  wantsAppointment: boolean;
  /** A person must act now: a death happening or just happened where the family is, a body to collect. */
  urgent: boolean;
  urgencyReason: string | null;
  /** The caller only wants information (address, parking, prices) and arranges nothing. */
  questionOnly: boolean;
  /**
   * The caller asks to meet about the service ("come in and talk about a cremation"), not to hold
   * the service itself. Absent in intents read before it was.
   */
  wantsMeeting?: boolean;
};

/** No wish read yet. */
export const NO_INTENT: CallIntent = { wantsAppointment: false, urgent: false, urgencyReason: null, questionOnly: false, wantsMeeting: false };

const DEATH = /\b(?:died|passed|passed away|dead|death|gone|stopped breathing|not breathing)\b/i;
const JUST_DIED = /\bjust (?:died|passed|gone|stopped breathing)\b/i;
const MOMENTS_AGO = /\b(?:just now|right now|moments? ago|minutes? ago|an hour ago)\b/i;
/** Said with "just", these still describe a death the family is calmly arranging for. */
const EARLIER = /\b(?:yesterday|last (?:night|week|month)|days ago|this morning|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

const URGENT_SIGNS: ReadonlyArray<{ reason: string; test: (sentence: string) => boolean }> = [
  {
    reason: 'death is happening now',
    test: (s) => /\b(?:is|are) dying\b|\bactively dying\b|\bno pulse\b|\blast breaths?\b/i.test(s),
  },
  {
    reason: 'death just occurred',
    test: (s) => (JUST_DIED.test(s) || (DEATH.test(s) && MOMENTS_AGO.test(s))) && !EARLIER.test(s),
  },
  {
    reason: 'caller asks for someone to come to the house',
    test: (s) =>
      /\b(?:can|could|will|would) (?:someone|somebody|anyone|anybody|you) (?:come|be sent|send)\b|\bsend (?:someone|somebody)\b|\bcome (?:to|over to|out to) (?:the|our|my) (?:house|home)\b/i.test(s),
  },
  {
    reason: 'body needs to be picked up',
    test: (s) =>
      /\b(?:pick(?:ing)? up|collect(?:ing)?|remov(?:e|ing|al of)|come (?:and )?(?:get|for)) (?:the |his |her |my \w+'s )?body\b|\bbody (?:needs|has) to be\b|\bstill here with (?:him|her|us)\b/i.test(s),
  },
];

const WANTS_APPOINTMENT =
  /\b(?:schedul\w*|book\w*|appointment|arrang\w*|set (?:\w+\s+)?up|plan\w*|come in|meet(?:ing)? with|consultation|reserve|availability|available|pre-?need)\b|\b(?:like|want|need|hoping)(?: to have| to hold| to do)? (?:a|an|the) (?:\w+ ){0,2}(?:service|burial|cremation|memorial|viewing|visitation)\b/i;
/** Coming to see someone, to talk a service through: a meeting, whatever service it is about. */
const WANTS_MEETING =
  /\b(?:come (?:in|by|over|down|to you|to see you|and (?:see|talk))|sit down|talk (?:about|through|over|with|to|it)|talk,|discuss\w*|go (?:over|through)|meet (?:with|someone|you)|meeting|sort (?:out|through)|consult\w*)\b/i;
const INFORMATION_TOPIC =
  /\b(?:address|where (?:are you|is it|is the|do i)|located|location|directions?|parking|park|how much|prices?|pricing|costs?|fees?|hours|open (?:on|until|today|tomorrow)|what time (?:is|does|do|are)|obituar\w*|flowers|livestream\w*)\b/i;
const ASKS = /\?|\b(?:what|where|how|when|is there|are there|do you|can you tell|could you tell)\b/i;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

/** What the caller wants from the call so far, read from all caller turns. */
export function detectCallIntent(turns: readonly CallTurn[]): CallIntent {
  const said = turns.filter((t) => t.role === 'caller').flatMap((t) => sentences(t.text));
  const reasons = URGENT_SIGNS.filter((sign) => said.some(sign.test)).map((sign) => sign.reason);
  const urgent = reasons.length > 0;
  const wantsAppointment = said.some((s) => WANTS_APPOINTMENT.test(s));
  const asksForInformation = said.some((s) => INFORMATION_TOPIC.test(s) && ASKS.test(s));
  return {
    wantsAppointment,
    urgent,
    urgencyReason: urgent ? reasons.join('; ') : null,
    questionOnly: asksForInformation && !wantsAppointment && !urgent,
    wantsMeeting: said.some((s) => WANTS_MEETING.test(s)),
  };
}
