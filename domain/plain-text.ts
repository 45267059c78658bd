// Control characters (a NUL byte above all) have no place in spoken words, names or reasons, and
// Postgres refuses a NUL in text and JSON.
// eslint-disable-next-line no-control-regex -- these are exactly the characters to find
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export const hasControlCharacters = (text: string): boolean => text.search(CONTROL_CHARACTERS) !== -1;

export const withoutControlCharacters = (text: string): string => text.replace(CONTROL_CHARACTERS, ' ');
