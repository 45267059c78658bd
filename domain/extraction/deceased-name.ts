import { isCaseful, readNameAt } from './person-name.js';

const DECEASED_NAME_INTRO =
  /\b(?:(?:her|his|their|the patient's|the resident's|(?:my )?(?:grandmother|grandfather|grandma|grandpa|mother|father|mum|mom|dad|husband|wife|brother|sister|son|daughter)(?:'s)?) (?:full )?name(?:'s|\s+is|\s+was)|(?:(?:the )?deceased(?:'s name)?|the name of the deceased|(?:the )?(?:patient|resident|decedent))\s+(?:is|was))(?:\s*(?:\.{3}|…)\s*(?:is|was))?(?:\.{3}|…)?\s+/gi;

/** A name given for the deceased without a kin word ("Her name is Linda Park."); the last one wins. */
export function findDeceasedName(text: string): string | null {
  const caseful = isCaseful(text);
  let found: string | null = null;
  for (const match of text.matchAll(DECEASED_NAME_INTRO)) {
    const reading = readNameAt(text, match.index + match[0].length, caseful);
    if (reading !== null) found = reading.name;
  }
  return found;
}
