import nlp from 'compromise';
import { capitalise, isCaseful, isNameWord, readNameAt } from './person-name.js';

type Names = { callerName: string | null; deceasedName: string | null };

const WORD = String.raw`([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'-]*)`;
/** "it's Smyth, not Smith", "Smyth, not Smith", "not Smith, it's Smyth": one word put in place of another. */
const SAID_NOT_RULED_OUT = new RegExp(String.raw`\b${WORD}\s*,?\s+not\s+${WORD}\b`, 'gi');
const RULED_OUT_THEN_SAID = new RegExp(String.raw`\bnot\s+${WORD}\s*,\s*(?:(?:it's|it is|but|rather)\s+)?${WORD}\b`, 'gi');
/** "Lindqvist. No, sorry, Lindgren.": a change of mind, then a lone name word. */
const CHANGE_OF_MIND = /\b(?:no|sorry|i mean|actually|rather)\b[,\s]+(?:(?:no|sorry|i mean|it's|it is)\b[,\s]+)*/gi;

type Swap = { said: string; ruledOut: string | null; index: number };

function swaps(text: string, caseful: boolean): Swap[] {
  const pairs = [
    ...[...text.matchAll(SAID_NOT_RULED_OUT)].map((m) => ({ said: m[1]!, ruledOut: m[2]!, index: m.index })),
    ...[...text.matchAll(RULED_OUT_THEN_SAID)].map((m) => ({ said: m[2]!, ruledOut: m[1]!, index: m.index })),
  ];
  const lone = [...text.matchAll(CHANGE_OF_MIND)].flatMap((m) => {
    const reading = readNameAt(text, m.index + m[0].length, caseful);
    // The reading stops at the mark that ends the clause, or right before it.
    const endsThere = reading !== null && (/[.,;!?]$/.test(text.slice(0, reading.end)) || /^\s*(?:[.,;!?]|$)/.test(text.slice(reading.end)));
    return endsThere && !reading.name.includes(' ') ? [{ said: reading.name, ruledOut: null, index: m.index }] : [];
  });
  return [...pairs, ...lone].filter(({ said }) => isNameWord(said, caseful));
}

/**
 * The word of `name` a swap replaces: the one ruled out by name, else, for a lone word, the first
 * name or the surname (as the English model knows the word said), if that word was just said.
 */
function replacedWord(name: string, swap: Swap, before: string): number {
  const words = name.toLowerCase().split(' ');
  if (swap.ruledOut !== null) return words.indexOf(swap.ruledOut.toLowerCase());
  if (words.length < 2) return -1;
  const at = nlp(swap.said).has('#FirstName') ? 0 : words.length - 1;
  return new RegExp(String.raw`\b${words[at]}\b`, 'i').test(before) ? at : -1;
}

function applySwap(name: string | null, swap: Swap, text: string): string | null {
  if (name === null) return null;
  const at = replacedWord(name, swap, text.slice(0, swap.index));
  if (at < 0) return null;
  const words = name.split(' ');
  words[at] = capitalise(swap.said);
  return words.join(' ');
}

/** Whose name was said last before the correction: a shared surname is corrected in that one. */
function saidLast(names: Names, before: string): keyof Names {
  const at = (name: string | null) => (name === null ? -1 : before.toLowerCase().lastIndexOf(name.toLowerCase()));
  return at(names.deceasedName) > at(names.callerName) ? 'deceasedName' : 'callerName';
}

/**
 * The caller's and the deceased's names as corrected in this turn: a word of either name said
 * again differently ("sorry, it's Smyth, not Smith"; "Deborah Lindqvist. No, sorry, Lindgren").
 * Each correction goes to one name it fits, the one said last before it first.
 */
export function correctNames(text: string, names: Names): Names {
  const caseful = isCaseful(text);
  const corrected = { ...names };
  for (const swap of swaps(text, caseful)) {
    const first = saidLast(corrected, text.slice(0, swap.index));
    const order: Array<keyof Names> = first === 'callerName' ? ['callerName', 'deceasedName'] : ['deceasedName', 'callerName'];
    const key = order.find((which) => applySwap(corrected[which], swap, text) !== null);
    if (key) corrected[key] = applySwap(corrected[key], swap, text);
  }
  return corrected;
}
