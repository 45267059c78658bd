// Control characters (a NUL byte above all) have no place in spoken words, names or reasons, and
// Postgres refuses a NUL in text and JSON.
// eslint-disable-next-line no-control-regex -- these are exactly the characters to find
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export const hasControlCharacters = (text: string): boolean => text.search(CONTROL_CHARACTERS) !== -1;

export const withoutControlCharacters = (text: string): string => text.replace(CONTROL_CHARACTERS, ' ');

// Transcribers and keyboards write apostrophes and quotes either way; the readers downstream are
// written for the straight ones.
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const CURLY_QUOTES = /[\u201c\u201d]/g;

/**
 * Spoken text as every reader expects it: no control characters, straight apostrophes and quotes.
 * Applied once, where a turn arrives.
 */
export const plainSpeech = (text: string): string =>
  withoutControlCharacters(text).replace(CURLY_APOSTROPHES, "'").replace(CURLY_QUOTES, '"');
