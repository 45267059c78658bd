import { pronounReferents } from './pronoun-referents.js';

const SUBJECT = /^(?:he|she)$/i;
/** "He died last Wednesday", "she has just passed": the pronoun is the one who died. */
export const DIED_NEXT = /^\s*,?\s*(?:who\s+|that\s+)?(?:(?:just|has|had|have|recently|sadly|suddenly|unexpectedly|finally)\s+)*(?:died|die|dies|passed|is gone|was killed|slipped away|left us|went peacefully|was taken from us)\b/i;

/**
 * "I'm calling about Ivan Petrov. He lived next door … He died last Wednesday": the people a "he"
 * or "she" said to have died points back to, as the English model resolves the pronoun, in lower case.
 */
export function saidToHaveDied(text: string): string[] {
  return pronounReferents(text)
    .filter(({ word, index, length }) => SUBJECT.test(word) && DIED_NEXT.test(text.slice(index + length)))
    .map(({ referent }) => referent.toLowerCase());
}
