import type { CallKind } from '../first-call/call-kind.js';
import type { FirstCallSheet } from '../first-call/first-call-sheet.js';

/** What a page says about the call: read from the call's record each time a text goes out. */
export type PageFacts = {
  organizationName: string;
  kind: CallKind | null;
  callerName: string | null;
  relationship: string | null;
  callbackPhone: string | null;
  deceasedName: string | null;
  sheet: FirstCallSheet | null;
  /** Local clock time the family was promised a call back by, "3:55 AM". */
  callbackBy: string;
};

const LOCATION_WORDS: Record<NonNullable<FirstCallSheet['locationType']>, string> = {
  residence: 'at home',
  hospital: 'at a hospital',
  hospice_facility: 'at a hospice',
  nursing_home: 'at a care home',
  other: 'elsewhere',
};

const yesNo = (value: boolean | null) => (value === null ? 'not known' : value ? 'yes' : 'no');

/** The first-call sheet as one paragraph: what a director reads before dialling. */
export function sheetParagraph(facts: Omit<PageFacts, 'organizationName' | 'callbackBy'>): string {
  const sheet = facts.sheet;
  const who = facts.deceasedName ?? 'Name not yet given';
  const age = sheet?.deceasedAge ? `, ${sheet.deceasedAge}` : '';
  const where = sheet?.location ? `${sheet.location}${sheet.room ? `, ${sheet.room}` : ''}` : sheet?.locationType ? LOCATION_WORDS[sheet.locationType] : 'place not yet given';
  const parts = [`${who}${age}. Where: ${where}.`];
  if (sheet?.timeOfDeath) parts.push(`Died: ${sheet.timeOfDeath}.`);
  if (sheet) {
    parts.push(`Hospice: ${sheet.underHospice ? (sheet.hospiceName ?? 'yes') : yesNo(sheet.underHospice)}. Released: ${yesNo(sheet.released)}.`);
    if (sheet.notified) parts.push(`Notified: ${sheet.notified}.`);
    if (sheet.removalNotes) parts.push(`Note: ${sheet.removalNotes}`);
    if (sheet.nextOfKin) parts.push(`Next of kin: ${sheet.nextOfKin}.`);
  }
  const caller = [facts.callerName ?? 'Caller', facts.relationship ? `(${facts.relationship.replace('_', ' ')})` : null].filter(Boolean).join(' ');
  parts.push(`${caller}: ${facts.callbackPhone ?? 'no number given'}.`);
  return parts.join(' ');
}

const TITLES: Partial<Record<CallKind, string>> = { first_call: 'FIRST CALL', facility_call: 'FACILITY CALL' };

/** The page itself: what happened, whom to call, by when, and how to take it. */
export function pageText(facts: PageFacts, link: string): string {
  const title = TITLES[facts.kind ?? 'first_call'] ?? 'FIRST CALL';
  return `${title} for ${facts.organizationName}. ${sheetParagraph(facts)} Family promised a call back by ${facts.callbackBy}. Reply YES to take it, or open ${link}`;
}

/** To everyone else paged, once someone has it. */
export function takenText(facts: Pick<PageFacts, 'deceasedName'>, ownerName: string): string {
  return `Taken: ${ownerName} has the first call${facts.deceasedName ? ` for ${facts.deceasedName}` : ''}. Nothing more is needed from you.`;
}

/** The promised call back is late: to whoever owns the page, and to the next person on call. */
export function callbackMissedText(facts: PageFacts, link: string): string {
  return `OVERDUE: the family${facts.deceasedName ? ` of ${facts.deceasedName}` : ''} was promised a call back by ${facts.callbackBy} and none is logged. Please call ${facts.callbackPhone ?? 'them'} now, then mark it done: ${link}`;
}

/** The text that reaches the person on call just before the caller is put through to them. */
export function transferText(facts: Omit<PageFacts, 'callbackBy'>, reason: string): string {
  return `${facts.organizationName}: a caller is being put through to you now (${reason}). ${sheetParagraph(facts)}`;
}
