import type { CallIntent } from '../extraction/call-intent.js';
import type { CallTurn } from '../extraction/call-turn.js';
import type { Relationship } from '../extraction/caller-details.js';
import type { CallKind } from './call-kind.js';
import type { FirstCallSheet } from './first-call-sheet.js';
import { facilityMentions } from './places.js';
import { sentencesOf } from './sentences.js';
import { asksPrice } from '../prices/asks-price.js';

/** A death said to have happened (not one feared): "passed away", "is gone", "went to be with the Lord". */
const DIED =
  /\b(?:(?:he|she|mum|mom|mam|dad|father|mother|grandmother|grandfather|husband|wife) die\b|(?:is|'s|has|have|was) (?:just )?(?:gone|passed)\b|died|slipped away|breathed (?:his|her|their) last|(?:had|there's been|there has been|we've had) a death|has died|passed(?: away| on)?|pass(?:ed)? away|expired|is gone|was gone|has gone|gone to be with|went to be with|went home to|left us|no longer with us|lost (?:my|our|his|her|their) \w+|stopped breathing|was pronounced|been pronounced|pronounced (?:dead|at|by)|is dead|was dead|found (?:him|her|them) (?:dead|unresponsive|gone|on the floor)|had a patient pass|patient (?:passed|expired|died)|resident (?:passed|expired|died)|(?:his|her|their) death|the death of|deceased)\b/i;
/** The death has only just happened: nobody has come for the person yet. */
const JUST_NOW =
  /\b(?:just (?:died|passed|gone|lost|stopped|now)|(?:this|the) (?:last|past) (?:hour|half hour|few minutes|couple of hours)|half an hour ago|tonight|a (?:little|short) while ago|(?:an?|one|two|three|four|a few|a couple(?: of)?|twenty|thirty|forty|ten|fifteen|\d+) (?:minutes?|hours?|mins?) ago|earlier (?:tonight|this evening)|in the night|overnight|moments? ago|right now)\b/i;
/** Earlier today: recent, but a family may already have been helped elsewhere and now arranges. */
const TODAY = /\b(?:this (?:morning|evening|afternoon)|earlier today|today|at (?:about |around )?\d{1,4}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|hours))\b/i;
/** A death some days back: the family is arranging, not asking us to come. */
const LONG_AGO = /\b(?:last (?:week|month|\w+day)|yesterday|(?:a few|two|three|several|\d+) (?:days|weeks) ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
/** The family needs the home to come: a removal, or not knowing what to do next. */
const NEEDS_THE_HOME =
  /\b(?:come (?:and )?(?:get|pick|collect|take|for)|pick (?:him|her|them|mum|mom|dad) up|picked up|pick-?up|collect (?:him|her|them)|take (?:him|her|them) (?:away|into your care|to you)|(?:what|how) do (?:i|we) do (?:now|next)|what happens (?:now|next)|still (?:here|at home|in (?:the|his|her|their) bed|with (?:us|me))|(?:nurse|doctor|hospice) (?:just )?(?:left|has been|came|was here)|(?:we|i) can call you now|(?:need|want) (?:you|someone|somebody) to come|send (?:someone|somebody)|(?:can|could|will|would) (?:someone|somebody|you) come|(?:the )?(?:family|they) (?:chose|have chosen|selected|picked|want|wants|would like|are using|is using|asked for|requested) (?:you|your)|release (?:him|her|the body)|the body|transport|removal)\b/i;
/** Someone who works at a hospital, hospice or care home, about a patient or resident. */
const STAFF_ROLE =
  /\b(?:nurse|rn|lpn|cna|charge nurse|night nurse|nursing supervisor|house supervisor|social worker|case manager|chaplain|discharge planner|care (?:assistant|coordinator|manager|worker)|aide|administrator|unit (?:clerk|secretary)|bereavement coordinator|on the (?:\w+ )?floor|from (?:the )?(?:\w+ )?(?:unit|ward|floor))\b/i;
const PATIENT = /\b(?:patient|pt|resident|decedent|our (?:gentleman|lady|client)|the family (?:chose|has chosen|selected|have selected|is using|are using|wants|requested|asked for)|family (?:has )?(?:chosen|selected|requested))\b/i;
const SPEAKS_AS_STAFF = /\b(?:this is|i'm|i am|calling from|calling|it's|here at|over at|we're|we are)\b/i;

const SALES =
  /\b(?:is this the owner|are you the owner|(?:we|i) help (?:funeral homes|businesses|companies)|top of google|map pack|seo|search engine|(?:digital )?marketing|advertis\w*|website (?:design|redesign|traffic|upgrade)|your website|google (?:listing|ranking|reviews|business profile)|business listing|online reviews|software|crm|special offer|promotion|merchant services|credit card (?:processing|rates)|payment processing|lead generation|more (?:families|customers|leads|business)|decision maker|(?:business )?owner available|speak (?:to|with) the owner|partnership opportunity|energy (?:bill|supplier|rates)|demo of|free (?:trial|audit|quote for your))\b/i;
const WRONG_NUMBER =
  /\bwrong number\b|\b(?:must have|think i|sorry,? i) (?:dialled|dialed|called|rang|got) (?:the )?wrong\b|\b(?:is this|isn't this|i'm trying to reach|i was trying to (?:reach|call|get)|trying to (?:reach|call|get hold of)|looking for|i wanted) (?:the |a )?(?:[\w'-]+ ){0,3}(?:dentist|dental|pizza|pizzeria|restaurant|takeaway|take-out|clinic|doctor's office|surgery|pharmacy|chemist|salon|barber|garage|mechanic|school|bank|hotel|vet|veterinar\w*|plumber|taxi|cab|pub|bakery|florist|insurance)\b|\bnot (?:a|the) funeral home\b|\b(?:oh,? )?(?:a|the) funeral home\?/i;

/** Business for somebody else altogether: a dental cleaning, a table, a delivery. */
const OTHER_BUSINESS =
  /\b(?:dental|dentist|teeth|cleaning|hygienist|orthodont\w*|prescriptions?|refill|haircut|salon|pizza|takeaway|take-?out|delivery|table for|oil change|tyres?|tires?|grooming|car service|my order|reservation for \d)\b/i;
const FUNERAL_WORDS = /\b(?:funeral|burial|bury|cremat\w*|memorial|visitation|viewing|casket|urn|plot|cemetery|grave|obituary|died|passed|death|deceased|loss)\b/i;

const PRE_NEED =
  /\b(?:pre-?need|pre-?plan\w*|pre-?arrang\w*|pre-?pay\w*|plan(?:ning)? ahead|ahead of time|in advance|for (?:myself|ourselves)|(?:my|our) own (?:funeral|burial|cremation|arrangements?|services?|plots?)s?|(?:plan|arrange) (?:my|our) (?:own )?(?:funeral|burial|cremation)|when (?:my|the|our) time comes|when i go|when i pass|before (?:anything|something) happens|(?:the|my|our) (?:kids|children|family) (?:don't|won't|will not|do not|aren't|are not|won't be|aren't) (?:have to|left with|stuck with|burdened)|get (?:my|our) (?:funeral|affairs|arrangements|things) (?:sorted|in order|arranged|planned)|put (?:things|everything) in (?:place|order)|burial insurance)\b/i;
const EXISTING_FAMILY =
  /\b(?:(?:we're|we are|we'll be) having (?:my|our|his|her|the) (?:\w+'s )?(?:funeral|service|memorial|visitation|viewing) (?:with you|there|at your)|(?:funeral|service|memorial|visitation) (?:is )?with you (?:on|this|next|tomorrow)|(?:his|her|their|my \w+'s|our \w+'s|the|mum's|mom's|dad's) (?:service|funeral|visitation|viewing|memorial|burial|cremation|wake) (?:is|was set|was booked|was arranged|will be)|we (?:met|spoke|talked|sat down) with|(?:already|have|we've|we) (?:made|arranged|booked|set up|planned) (?:the |all the )?(?:arrangements?|funeral|service)|you(?:'re| are) (?:handling|taking care of|looking after|doing) (?:my|our|his|her|the)|confirmation (?:number|code)|our arrange\w*|the arrangements? (?:we|you) made|(?:drop off|bring (?:in|by|over)|pick up) (?:the |his |her |mum's |dad's )?(?:clothes|photos|pictures|suit|dress|outfit|ashes|urn|death certificates?)|(?:the|his|her) (?:ashes|urn|remains) (?:are|is|ready)|(?:your office|you) already (?:has|have) (?:him|her|them)|(?:is|are) already (?:in your care|with you)|obituary (?:draft|proof)|change (?:the|a) (?:hymn|reading|time|flowers))\b/i;
/** Asking for a time, not only for a price. */
const BOOKING_WORDS = /\b(?:book\w*|schedul\w*|appointment|come in|come by|reserve|set up a time|make a time|availab\w*|meet with|sit down with)\b/i;
/** "I'm not ready to book anything": a wish to book, said as not one. */
const NOT_BOOKING = /\b(?:not|n't|no) (?:\w+ )?(?:ready|going|looking|wanting|want|planning|trying) to (?:book|schedule|arrange|make|set up|commit)|\bnot (?:booking|scheduling) (?:anything|yet)\b/i;
const PUBLIC_SERVICE_QUESTION =
  /\b(?:what time|when|where) (?:is|are|will|does|do) (?:the |his |her |mr\.? |mrs\.? |ms\.? )?(?:\w+'s )?(?:\w+ )?(?:visitation|viewing|wake|funeral|service|memorial|burial|graveside|celebration of life|rosary|mass)\b/i;

const NOT_BEREAVED: ReadonlySet<Relationship> = new Set(['self']);

export type CallKindInput = {
  turns: readonly CallTurn[];
  intent: CallIntent;
  relationship: Relationship | null;
  sheet: FirstCallSheet;
};

function callerSentences(turns: readonly CallTurn[]): string[] {
  return turns.filter((turn) => turn.role === 'caller').flatMap((turn) => sentencesOf(turn.text));
}

/**
 * A caller who works where the person died: they name their facility and speak of a patient or
 * resident, or give a staff role there.
 */
function speaksForFacility(sentences: readonly string[], relationship: Relationship | null): boolean {
  const facilityNamedByCaller = sentences.some((s) => SPEAKS_AS_STAFF.test(s) && facilityMentions(s).some((f) => !f.asCarer || f.type === 'hospice_facility'));
  const aboutPatient = sentences.some((s) => PATIENT.test(s));
  const staffRole = sentences.some((s) => STAFF_ROLE.test(s) && SPEAKS_AS_STAFF.test(s));
  return (facilityNamedByCaller && (aboutPatient || staffRole)) || (relationship === 'professional' && (aboutPatient || facilityNamedByCaller));
}

/**
 * What the call is, as a funeral director would file it, from everything the caller has said so
 * far. A death the family needs the home for outranks every other wish on the same call (a price
 * question from a family whose mother died an hour ago is a first call); a call that is not for a
 * funeral home at all is filed as such whatever else it says.
 */
export function classifyCall(input: CallKindInput): CallKind {
  const sentences = callerSentences(input.turns);
  const any = (pattern: RegExp) => sentences.some((s) => pattern.test(s));
  const died = any(DIED);
  if (!died && (any(SALES) || any(WRONG_NUMBER) || (any(OTHER_BUSINESS) && !any(FUNERAL_WORDS)))) return 'not_a_customer';
  // "My father died. At his house. I found him this morning.": the turn that tells the death tells when.
  const turns = input.turns.filter((turn) => turn.role === 'caller').map((turn) => turn.text);
  const dyingNow = turns.some((t) => DIED.test(t) && JUST_NOW.test(t) && !LONG_AGO.test(t)) || (died && any(NEEDS_THE_HOME));
  const diedToday = turns.some((t) => DIED.test(t) && TODAY.test(t) && !LONG_AGO.test(t));
  const longAgo = any(LONG_AGO) && !dyingNow && !diedToday;
  if (died && speaksForFacility(sentences, input.relationship) && !longAgo && !any(EXISTING_FAMILY)) return 'facility_call';
  const wherePersonIs = input.sheet.locationType !== null && input.sheet.location !== null && (input.sheet.released !== null || input.sheet.underHospice !== null);
  const ownArrangements = input.relationship !== null && NOT_BEREAVED.has(input.relationship);
  const firstCall = dyingNow || wherePersonIs || (diedToday && !input.intent.wantsAppointment);
  if (died && !ownArrangements && firstCall && !any(EXISTING_FAMILY)) return 'first_call';
  if (any(EXISTING_FAMILY)) return 'existing_family';
  if (any(PRE_NEED) || ownArrangements) return 'pre_need';
  const booksSomething = any(BOOKING_WORDS) && !any(NOT_BOOKING);
  if (sentences.some(asksPrice) && !booksSomething) return 'price_question';
  if (!input.intent.wantsAppointment && (input.intent.questionOnly || any(PUBLIC_SERVICE_QUESTION))) return 'general_question';
  if (input.intent.wantsAppointment || died) return 'booking';
  return 'general_question';
}
