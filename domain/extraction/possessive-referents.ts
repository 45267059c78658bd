import nlp from 'compromise';
import { oncePerText } from './once-per-text.js';

/** A "her" or "his" in the text, and the "my …" phrase the English model finds it stands for. */
export type PossessiveReferent = { index: number; length: number; referent: string };

type Term = { text: string; offset: { start: number; length: number } };
type View = ReturnType<typeof nlp>;
/** compromise's coreference, which its typings leave out. */
type Pronouns = View & { refersTo(): View };

const POSSESSIVE = /^(?:her|his|their)$/i;
/** Only a relative of the caller's own is worth following: "my wife", "our mother". */
const CALLERS_RELATIVE = /^(?:my|our)\s+(?:late\s+)?[a-z-]+$/i;

function read(text: string): PossessiveReferent[] {
  const pronouns = nlp(text).pronouns() as Pronouns;
  const found: PossessiveReferent[] = [];
  for (let i = 0; i < pronouns.length; i += 1) {
    const pronoun = pronouns.eq(i) as Pronouns;
    const term = (pronoun.json({ offset: true }) as Array<{ terms: Term[] }>)[0]?.terms[0];
    const word = term?.text.replace(/[^a-z]/gi, '') ?? '';
    if (!term || !POSSESSIVE.test(word)) continue;
    const referent = pronoun.refersTo().text().replace(/[.,;:!?]+$/, '').trim();
    if (CALLERS_RELATIVE.test(referent)) found.push({ index: term.offset.start, length: word.length, referent });
  }
  return found;
}

/**
 * "I'm calling on behalf of my wife. Her father died": whom each possessive pronoun points back
 * to, when that is a relative the caller named as theirs.
 */
export const possessiveReferents: (text: string) => PossessiveReferent[] = oncePerText(read);
