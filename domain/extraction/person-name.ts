import { MONTH_WORDS, NON_NAME_WORDS } from './non-name-words.js';

const MAX_NAME_WORDS = 4;
const NAME_WORD = /^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'-]*$/;
const CONTRACTION = /'(m|s|re|ve|ll|d|t)$/i;
const HONORIFIC = /^(mr|mrs|ms|dr)$/i;
const PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'st']);
/** Speech-to-text gives "calling", "coming", "hoping"; real names ending so (Sterling) are rare enough. */
const PARTICIPLE = /^[a-z]{3,}ing$/;

/**
 * Whether capitals in the text can be trusted: true when some word is capitalised other than at a
 * sentence start or the pronoun "I". Lower-case speech-to-text output is read by vocabulary alone.
 */
export function isCaseful(text: string): boolean {
  const withoutSentenceStarts = text.replace(/(^|[.!?]\s+)["(]?[A-Z]/g, '$1').replace(/\bI\b/g, '');
  return /[A-Z]/.test(withoutSentenceStarts);
}

export function isNameWord(word: string, caseful: boolean): boolean {
  if (word.length < 2 || !NAME_WORD.test(word) || CONTRACTION.test(word)) return false;
  const lower = word.toLowerCase();
  if (NON_NAME_WORDS.has(lower)) return false;
  if (caseful) return /^[A-ZÀ-ÖØ-Þ]/.test(word);
  return !PARTICIPLE.test(lower);
}

/** "Mr.", "Dr": a title said before a name, which is no part of it. */
export const isHonorific = (word: string): boolean => HONORIFIC.test(word.replace(/\.$/, ''));

export function capitalise(word: string): string {
  if (word !== word.toLowerCase()) return word;
  return word.replace(/(^|['-])([a-zà-öø-ÿ])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export type NameReading = { name: string; end: number };

/**
 * Reads a person's name that starts at `from` (skipping spaces and an honorific), up to the first
 * word that cannot be part of a name or a punctuation mark. Null when no name starts there;
 * `end` is the index right after the last word read.
 */
export function readNameAt(text: string, from: number, caseful: boolean): NameReading | null {
  const token = /\s*([^\s,.;:!?"()]+)([,.;:!?"()]*)/y;
  token.lastIndex = from;
  const words: Array<{ word: string; end: number }> = [];
  for (let match = token.exec(text); match !== null; match = token.exec(text)) {
    const word = match[1] ?? '';
    const endsClause = (match[2] ?? '') !== '';
    if (words.length === 0 && HONORIFIC.test(word)) continue;
    const isParticle = words.length > 0 && PARTICLES.has(word) && !endsClause;
    if (!isParticle && !isNameWord(word, caseful)) break;
    words.push({ word, end: token.lastIndex });
    if (endsClause || words.length >= MAX_NAME_WORDS) break;
  }
  while (words.length > 0 && PARTICLES.has(words[words.length - 1]?.word ?? '')) words.pop();
  const last = words[words.length - 1];
  if (last === undefined) return null;
  if (words.length === 1 && MONTH_WORDS.has(last.word.toLowerCase())) return null;
  const name = words.map(({ word }, i) => (i > 0 && PARTICLES.has(word) ? word : capitalise(word))).join(' ');
  return { name, end: last.end };
}
