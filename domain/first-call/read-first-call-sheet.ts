import type { CallTurn } from '../extraction/call-turn.js';
import { parsed } from '../extraction/english-model.js';
import { EMPTY_FIRST_CALL_SHEET, type FirstCallSheet, type LocationType } from './first-call-sheet.js';
import { sentencesOf } from './sentences.js';
import { facilityMentions, streetAddresses, type FacilityMention } from './places.js';


const HOME = /\b(?:(?:we're|we are|he's|she's|they're|i'm) (?:at )?home|(?:here )?at (?:the |our |my |his |her |their )?(?:home|house|place|flat|apartment|condo|trailer|farm)|at (?:his|her|their|my|our) (?:own )?(?:home|house|place)|in (?:his|her|their|my|our|the) (?:bed|bedroom|living room|flat|apartment|house|home)|(?:our|my|his|her) (?:house|home|flat|apartment)|at my (?:mum|mom|mother|dad|father|nan|gran)'s)\b/i;
/** A hospice that cares for someone is not where they are: "on hospice", "with Mountain View Hospice". */
const HOSPICE_AS_CARE = /\b(?:on|under|with|from|had|through|using|receiving) (?:home )?hospice\b|\bhospice (?:nurse|care|team|worker|aide|chaplain|social worker|doctor|agency|was|has|had|came|said|called|is coming)\b|\bwith (?:the )?(?:[A-Z][\w'.-]*\s+){1,4}Hospice\b/;
const HOSPICE_NEGATED = /\b(?:no|not|never|wasn't|weren't|was not|isn't|without) (?:on |under |in |any )?hospice\b|\bhospice (?:wasn't|was not|never)\b/i;
const SUDDEN = /\b(?:unexpected(?:ly)?|sudden(?:ly)?|out of (?:nowhere|the blue)|wasn't (?:even )?sick|heart attack|accident|collapsed|found (?:him|her|them) (?:dead|unresponsive|on the floor|gone))\b/i;
const HOSPICE_WORD = /\bhospice\b/i;

const NOT_RELEASED =
  /\b(?:(?:the )?(?:coroner|medical examiner|m\.?e\.?|police)(?:'s office)? (?:has|have|needs?|must|will have) to (?:look|see|examine|investigate|come|review|release)|before (?:anyone|anybody|you|we) (?:can|could) (?:take|move|collect)|not (?:been |yet )?released|hasn't (?:been )?released|haven't (?:been )?released|isn't released|not released yet|(?:waiting|wait) (?:for|on) (?:the )?(?:coroner|medical examiner|m\.?e\.?|police|doctor|physician|paperwork|release)|(?:coroner|medical examiner|police) (?:is|are|will be) (?:coming|on (?:the|their|his|her) way|still here|here)|can't (?:move|release)|not allowed to move|needs? (?:to be )?(?:an? )?(?:autopsy|investigation))\b/i;
const RELEASED =
  /\b(?:(?:said|says|say) (?:that )?(?:it's|it is|it was|is|was)? ?(?:time|okay|ok|fine|alright|all right) (?:now )?to call|now (?:you|we) (?:can )?call|(?:can|could|may) go with you|released|cleared|signed (?:off|the (?:release|death certificate))|paperwork is (?:ready|done|signed)|(?:we|you) (?:can|may) (?:call you|come|go ahead|pick (?:him|her|them) up|collect|move)|(?:said|says|told (?:me|us)) (?:that )?(?:we|you|i) (?:can|could|may) (?:now )?(?:call|ring|phone|contact|come|go ahead|move|have (?:him|her|them) picked up)|(?:fine|okay|ok|ready|clear(?:ed)?) to (?:be )?(?:transferred|moved|collected|released|ring|call)|(?:verified|certified|pronounced) (?:it|the death|death)|(?:doctor|gp|physician|nurse)(?:'s| is| will be)? (?:happy|going|able) to (?:sign|certify)|no coroner|not an? (?:me|m\.e\.|coroner'?s?) case|ready (?:to be|for) (?:picked up|collected|moved|pick-?up|transfer|release))\b/i;

const NOTIFIED: ReadonlyArray<[RegExp, string]> = [
  [/\bmedical examiner\b|\bthe m\.?e\.?\b/i, 'medical examiner'],
  [/\bcoroner\b/i, 'coroner'],
  [/\bhospice nurse\b|\bnurse from (?:the )?hospice\b/i, 'hospice nurse'],
  [/\b(?:attending|physician|doctor|dr\.?|gp)\b/i, 'physician'],
  [/\bpolice\b|\bofficers?\b/i, 'police'],
  [/\bparamedics?\b|\bems\b|\bambulance\b|\b911\b/i, 'paramedics'],
  [/\bnurse\b/i, 'nurse'],
];
/** "The hospice nurse told me to call you": whoever looks after the death sends the family to the home once it may come. */
const SENT_TO_CALL =
  /\b(?:hospice|nurse|doctor|physician|gp|hospital|coroner|medical examiner)\b[^.?!]*\b(?:told|asked|advised|said for) (?:me|us|the family) to (?:call|ring|phone|contact)\b/i;
const NOTIFY_VERB = /\b(?:called|phoned|notified|told|informed|been here|was here|came|come|left|pronounced|signed|spoke|talked|contacted|on (?:the|their|his|her) way|released|cleared|here)\b/i;

const TIME_OF_DEATH = [
  /\b(?:at|around|about|just (?:after|before)|shortly (?:after|before))\s+(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)|\d{3,4}\s*(?:hours|hrs)?|midnight|noon)/i,
  /\b(?:a (?:little|short) while ago|(?:about |around |maybe )?(?:an?|one|two|three|four|a few|a couple of|twenty|thirty|forty|ten|fifteen|\d+) (?:minutes?|hours?) ago|just now|moments? ago|this (?:morning|evening|afternoon)|earlier (?:today|tonight|this evening)|last night|tonight|in the night|overnight)\b/i,
];
const DEATH_WORD = /\b(?:died|passed|passing|expired|gone|death|dead|pronounced|stopped breathing|left us)\b/i;

const AGE = /\b(?:(?:he|she|they) (?:was|were|is|'s)|aged?|age of|who was)\s+((?:\d{1,3})|(?:[a-z]+(?:[- ][a-z]+)?))(?:\s+years?(?: old)?)?\b|\b(\d{1,3}) years? old\b/i;

const REMOVAL =
  /\b(?:stairs|steps|staircase|stairway|narrow|elevator|lift|walk-?up|upstairs|basement|hallway|back door|side door|gate(?: code)?|dogs?|pets?|cat|(?:want|wants|would like|like) to (?:be (?:here|there|present)|stay|say goodbye|be with)|(?:family|we)(?: is| are)? (?:all )?(?:here|present|with (?:him|her))|heavy|large man|bariatric|code to (?:the )?(?:door|building))\b/i;

const KIN_WORDS = 'son|daughter|wife|husband|widow|widower|brother|sister|niece|nephew|mother|father|partner|next of kin|executor|power of attorney|family contact|spouse';
const NEXT_OF_KIN = new RegExp(
  `\\b(?:the |his |her |their )?(${KIN_WORDS})(?:'s name)?(?: is|,| named| called)\\s+([A-Z][a-z'-]+(?:\\s+[A-Z][a-z'-]+){0,2})`,
);

/**
 * Where the person is now. A facility named as the place ("he's in room 412", "she passed at
 * Saint Anne's") or by a caller who works there wins; otherwise a home or a street address; a
 * hospice that cared for someone at home is their carer, not their place.
 */
function readLocation(sentences: readonly string[]): { type: LocationType | null; location: string | null; hospiceName: string | null } {
  const facilities: FacilityMention[] = sentences.flatMap((sentence) => facilityMentions(sentence));
  const carers = facilities.filter((f) => f.asCarer);
  const places = facilities.filter((f) => !f.asCarer);
  const hospiceName = carers.find((f) => f.type === 'hospice_facility')?.name ?? facilities.find((f) => f.type === 'hospice_facility' && f.name)?.name ?? null;
  const addresses = sentences.flatMap((sentence) => streetAddresses(sentence));
  const atHome = sentences.some((sentence) => HOME.test(sentence));
  const named = places.find((f) => f.name !== null);
  const placeMention = named ?? places[0];
  if (placeMention && !(atHome && placeMention.weak)) {
    return { type: placeMention.type, location: placeMention.name ?? placeMention.words, hospiceName };
  }
  if (addresses.length > 0) return { type: 'residence', location: addresses[0]!, hospiceName };
  if (atHome) return { type: 'residence', location: null, hospiceName };
  return { type: null, location: null, hospiceName };
}

function readRoom(text: string): string | null {
  const match = /\b(room|rm\.?|unit|ward|bed|suite|apartment|apt\.?|flat)\s*(?:#|number|no\.?)?\s*([0-9]{1,5}[A-Za-z]?|[A-Z][0-9]{0,4})\b/.exec(text);
  const floor = /\b(?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[- ]floor\b/i.exec(text);
  const parts = [floor ? `${floor[1]} floor` : null, match ? `${match[1]!.replace(/\.$/, '')} ${match[2]}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

function readAge(text: string): number | null {
  for (const sentence of sentencesOf(text)) {
    const match = AGE.exec(sentence);
    if (!match) continue;
    const said = match[1] ?? match[2]!;
    const spoken = parsed(said).numbers().get() as unknown as number[];
    const value = /^\d+$/.test(said) ? Number(said) : spoken[0];
    if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 120) return value;
  }
  return null;
}

function readNotified(sentences: readonly string[]): string | null {
  for (const sentence of sentences) {
    if (!NOTIFY_VERB.test(sentence)) continue;
    const who = NOTIFIED.find(([pattern]) => pattern.test(sentence));
    if (who) return who[1];
  }
  return null;
}

function readTimeOfDeath(sentences: readonly string[]): string | null {
  for (const sentence of sentences.filter((s) => DEATH_WORD.test(s))) {
    for (const pattern of TIME_OF_DEATH) {
      const match = pattern.exec(sentence);
      if (match) return match[0].trim();
    }
  }
  return null;
}

function readNextOfKin(sentences: readonly string[]): string | null {
  for (const sentence of sentences) {
    const match = NEXT_OF_KIN.exec(sentence);
    if (match) return `${match[2]} (${match[1]!.toLowerCase()})`;
  }
  return null;
}

/**
 * The first-call sheet as the caller's words fill it, read from every caller turn. Only what was
 * said is filled; the agent asks for the rest.
 */
export function readFirstCallSheet(turns: readonly CallTurn[]): FirstCallSheet {
  const callerText = turns.filter((turn) => turn.role === 'caller').map((turn) => turn.text);
  const sentences = callerText.flatMap(sentencesOf);
  const all = callerText.join(' ');
  const { type, location, hospiceName } = readLocation(sentences);
  const hospiceMentioned = HOSPICE_WORD.test(all);
  const underHospice = hospiceMentioned && !HOSPICE_NEGATED.test(all) ? true : HOSPICE_NEGATED.test(all) || SUDDEN.test(all) ? false : type === 'hospice_facility' ? true : null;
  const notReleased = sentences.some((s) => NOT_RELEASED.test(s));
  const released = notReleased ? false : sentences.some((s) => RELEASED.test(s) || SENT_TO_CALL.test(s)) ? true : null;
  const removal = sentences.filter((s) => REMOVAL.test(s));
  return {
    ...EMPTY_FIRST_CALL_SHEET,
    locationType: type,
    location,
    room: readRoom(all),
    underHospice: underHospice ?? (HOSPICE_AS_CARE.test(all) ? true : null),
    hospiceName,
    released,
    notified: readNotified(sentences),
    timeOfDeath: readTimeOfDeath(sentences),
    deceasedAge: readAge(all),
    removalNotes: removal.length > 0 ? removal.join(' ').slice(0, 500) : null,
    nextOfKin: readNextOfKin(sentences),
  };
}

