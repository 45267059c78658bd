import { parsed } from './english-model.js';
import { oncePerText } from './once-per-text.js';

type Term = { offset: { start: number } };

function read(text: string): Set<number> {
  const verbs = parsed(text).match('#Verb').json({ offset: true, terms: { offset: true } }) as Array<{ terms: Term[] }>;
  return new Set(verbs.flatMap(({ terms }) => terms.map((term) => term.offset.start)));
}

/**
 * Where the words the English model reads as verbs start: in lower-case speech, where capitals
 * cannot tell "my brother frank" from "my brother drive me in", a verb is no name.
 */
export const verbStarts: (text: string) => ReadonlySet<number> = oncePerText(read);
