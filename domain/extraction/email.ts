import { digitRuns } from './spoken-digits.js';

const WRITTEN_EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
// "castellanos 77": digits said after a word belong to it.
const SPOKEN_PART = String.raw`[a-z0-9]+(?:(?:\s+(?:dot|period|underscore|dash|hyphen)\s+|[._-]|\s+(?=\d))[a-z0-9]+)*`;
const SPOKEN_EMAIL = new RegExp(String.raw`\b(${SPOKEN_PART})\s+at\s+([a-z0-9]+(?:(?:\s+dot\s+|\.)[a-z0-9]+)+)\b`, 'gi');
const SPOKEN_SYMBOLS: Array<[RegExp, string]> = [
  [/\s+(?:dot|period)\s+/gi, '.'],
  [/\s+underscore\s+/gi, '_'],
  [/\s+(?:dash|hyphen)\s+/gi, '-'],
  [/\s+(?=\d)/g, ''],
];
const TOP_LEVEL_DOMAIN = /\.[a-z]{2,}$/;
/**
 * "my email is e whitcombe at …", "email too: p ferreira seven one at …": after the word "email",
 * everything up to "at" is the address's first part. An address holds no spaces, so words said
 * apart ("michelle huang", an initial and a surname) are written together.
 */
const ANNOUNCED_EMAIL = new RegExp(
  String.raw`\be-?mail(?:\s+address)?(?:\s+(?:is|too|also|please))*\s*(?:'s|:|,)?\s*(?:(?:please|it's|it is|um|uh)\b[\s,:]*)*((?:[a-z0-9]+\s+){1,3}?${SPOKEN_PART})\s+at\s+([a-z0-9]+(?:(?:\s+dot\s+|\.)[a-z0-9]+)+)\b`,
  'gi',
);

function unspeak(part: string): string {
  return SPOKEN_SYMBOLS.reduce((text, [pattern, symbol]) => text.replace(pattern, symbol), part);
}

/** "seventy-seven" → "77", so that numbers said in words are spelled as the address has them. */
function numeralsFor(text: string): string {
  return digitRuns(text)
    .reverse()
    .reduce((out, run) => out.slice(0, run.index) + run.digits + out.slice(run.end), text);
}

/**
 * The last email address in the text, written ("dan.reyes@example.com") or spoken ("nico
 * underscore castellanos seventy-seven at hotmail dot com").
 */
export function findEmail(text: string): string | null {
  const found: Array<{ email: string; index: number }> = [];
  for (const match of text.matchAll(WRITTEN_EMAIL)) found.push({ email: match[0], index: match.index });
  // Written addresses are read as written: "jo.o@example.com" keeps its letter o.
  for (const match of numeralsFor(text).matchAll(SPOKEN_EMAIL)) {
    const email = `${unspeak(match[1] ?? '')}@${unspeak(match[2] ?? '')}`;
    if (TOP_LEVEL_DOMAIN.test(email)) found.push({ email, index: match.index });
  }
  for (const match of numeralsFor(text).matchAll(ANNOUNCED_EMAIL)) {
    const email = `${unspeak(match[1] ?? '').replace(/\s+/g, '')}@${unspeak(match[2] ?? '')}`;
    // Said at the same place as a one-word reading, it is the fuller one and comes after it.
    if (TOP_LEVEL_DOMAIN.test(email)) found.push({ email, index: match.index + match[0].length });
  }
  const last = found.sort((a, b) => a.index - b.index).at(-1);
  return last === undefined ? null : last.email.toLowerCase();
}
