import nlp from 'compromise';
import { oncePerText } from './once-per-text.js';

/** Parsed documents kept: a turn's readers ask within moments of each other, so few are needed. */
const DOCUMENTS_KEPT = 50;

/**
 * A turn as compromise's English model parses it, parsed once for all the readers that ask of it
 * (people named, pronouns resolved, verbs): parsing is the costly part of each.
 */
export const parsed: (text: string) => ReturnType<typeof nlp> = oncePerText((text) => nlp(text), DOCUMENTS_KEPT);
