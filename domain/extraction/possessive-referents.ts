import { pronounReferents } from './pronoun-referents.js';

/** A "her" or "his" in the text, and the "my …" phrase the English model finds it stands for. */
export type PossessiveReferent = { index: number; length: number; referent: string };

const POSSESSIVE = /^(?:her|his|their)$/i;
/** Only a relative of the caller's own is worth following: "my wife", "our mother". */
const CALLERS_RELATIVE = /^(?:my|our)\s+(?:late\s+)?[a-z-]+$/i;

/**
 * "I'm calling on behalf of my wife. Her father died": whom each possessive pronoun points back
 * to, when that is a relative the caller named as theirs.
 */
export function possessiveReferents(text: string): PossessiveReferent[] {
  return pronounReferents(text)
    .filter(({ word, referent }) => POSSESSIVE.test(word) && CALLERS_RELATIVE.test(referent))
    .map(({ index, length, referent }) => ({ index, length, referent }));
}
