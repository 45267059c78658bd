const WRITTEN_EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const SPOKEN_PART = String.raw`[a-z0-9]+(?:(?:\s+(?:dot|period|underscore|dash|hyphen)\s+|[._-])[a-z0-9]+)*`;
const SPOKEN_EMAIL = new RegExp(String.raw`\b(${SPOKEN_PART})\s+at\s+([a-z0-9]+(?:(?:\s+dot\s+|\.)[a-z0-9]+)+)\b`, 'gi');
const SPOKEN_SYMBOLS: Array<[RegExp, string]> = [
  [/\s+(?:dot|period)\s+/gi, '.'],
  [/\s+underscore\s+/gi, '_'],
  [/\s+(?:dash|hyphen)\s+/gi, '-'],
];
const TOP_LEVEL_DOMAIN = /\.[a-z]{2,}$/;

function unspeak(part: string): string {
  return SPOKEN_SYMBOLS.reduce((text, [pattern, symbol]) => text.replace(pattern, symbol), part);
}

/** The last email address in the text, written ("dan.reyes@example.com") or spoken ("dan dot reyes at example dot com"). */
export function findEmail(text: string): string | null {
  const found: Array<{ email: string; index: number }> = [];
  for (const match of text.matchAll(WRITTEN_EMAIL)) found.push({ email: match[0], index: match.index });
  for (const match of text.matchAll(SPOKEN_EMAIL)) {
    const email = `${unspeak(match[1] ?? '')}@${unspeak(match[2] ?? '')}`;
    if (TOP_LEVEL_DOMAIN.test(email)) found.push({ email, index: match.index });
  }
  const last = found.sort((a, b) => a.index - b.index).at(-1);
  return last === undefined ? null : last.email.toLowerCase();
}
