import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { digitRuns } from './spoken-digits.js';

/** The longest a phone number can be (E.164), and the shortest head of a run worth trying. */
const MAX_DIGITS = 15;
const MIN_DIGITS = 7;

/**
 * E.164 for a number as written or dialled. Only the length is checked, not isValid(): the 555
 * numbers of films and tests are not assigned, yet callers use them and they must be recorded.
 * North American area codes never start with 0 or 1, so such a run is no number there.
 */
export function toE164(raw: string, defaultCountry: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(raw, defaultCountry);
  if (!parsed?.isPossible()) return null;
  if (parsed.countryCallingCode === '1' && !/^[2-9]/.test(parsed.nationalNumber)) return null;
  return parsed.number;
}

/** The country of an E.164 number, when its digits tell. */
export function countryOf(e164: string): CountryCode | undefined {
  return parsePhoneNumberFromString(e164)?.country;
}

/**
 * Where a number is from, as said without a '+': `home` for most, `trunk` for one said in the
 * national format of the many countries that dial a leading 0 ("07700 900461").
 */
export type PhoneCountries = { home: CountryCode; trunk: CountryCode };

function runToE164(text: string, digits: string, index: number, countries: PhoneCountries): string | null {
  // "plus 353 87 …" is how a '+' is said.
  if (/(?:\+|\bplus)\s*$/i.test(text.slice(0, index))) return toE164(`+${digits}`, countries.home);
  const country = digits.startsWith('0') ? countries.trunk : countries.home;
  // A run can swallow a number said right after the phone ("...4567, 2 PM works"): the longest head
  // that makes a whole number is the phone.
  for (let length = Math.min(digits.length, MAX_DIGITS); length >= MIN_DIGITS; length -= 1) {
    const e164 = toE164(digits.slice(0, length), country);
    if (e164 !== null) return e164;
  }
  return null;
}

/** Every phone number in the text, written or spoken, as E.164, in the order said. */
export function findPhoneNumbers(text: string, countries: PhoneCountries): string[] {
  return digitRuns(text).flatMap(({ digits, index }) => {
    const e164 = runToE164(text, digits, index, countries);
    return e164 === null ? [] : [e164];
  });
}

const CALLER_ID_REFERENCE =
  /\b(?:this (?:phone )?number|this phone|the number (?:i'm|i am) calling (?:from|on)|(?:reach|call) me (?:back )?(?:here|on this)|caller id)\b/i;

/** "this number is fine", "you can reach me at this number": the caller means the line they call from. */
export function refersToCallerNumber(text: string): boolean {
  return CALLER_ID_REFERENCE.test(text.replace(/’/g, "'"));
}
