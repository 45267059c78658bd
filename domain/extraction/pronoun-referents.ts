import type nlp from 'compromise';
import { parsed } from './english-model.js';
import { oncePerText } from './once-per-text.js';

/** A pronoun in the text ("her", "he"), where it stands, and the phrase the English model finds it refers to. */
export type PronounReferent = { word: string; index: number; length: number; referent: string };

type Term = { text: string; offset: { start: number; length: number } };
type View = ReturnType<typeof nlp>;
/** compromise's coreference, which its typings leave out. */
type Pronouns = View & { refersTo(): View };

function read(text: string): PronounReferent[] {
  const pronouns = parsed(text).pronouns() as Pronouns;
  const found: PronounReferent[] = [];
  for (let i = 0; i < pronouns.length; i += 1) {
    const pronoun = pronouns.eq(i) as Pronouns;
    const term = (pronoun.json({ offset: true }) as Array<{ terms: Term[] }>)[0]?.terms[0];
    if (!term) continue;
    const word = term.text.replace(/[^a-z]/gi, '');
    const referent = pronoun.refersTo().text().replace(/[.,;:!?]+$/, '').trim();
    if (referent !== '') found.push({ word, index: term.offset.start, length: word.length, referent });
  }
  return found;
}

/** Every pronoun the English model resolves in the text, each text read once. */
export const pronounReferents: (text: string) => PronounReferent[] = oncePerText(read);
