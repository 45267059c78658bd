import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { digitRuns } from './spoken-digits.js';

/**
 * E.164 for a number as written or dialled. Only the length is checked, not isValid(): the 555
 * numbers of films and tests are not assigned, yet callers use them and they must be recorded.
 */
export function toE164(raw: string, defaultCountry: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(raw, defaultCountry);
  return parsed?.isPossible() ? parsed.number : null;
}

function runToE164(text: string, digits: string, index: number, defaultCountry: CountryCode): string | null {
  if (/\+\s*$/.test(text.slice(0, index))) return toE164(`+${digits}`, defaultCountry);
  // A run can swallow a number said right after the phone ("...4567, 2 PM works"): read its head only.
  if (defaultCountry === 'US' && digits.startsWith('1') && digits.length >= 11) return toE164(`+${digits.slice(0, 11)}`, defaultCountry);
  return digits.length >= 10 ? toE164(digits.slice(0, 10), defaultCountry) : null;
}

/** Every phone number in the text, written or spoken, as E.164, in the order said. */
export function findPhoneNumbers(text: string, defaultCountry: CountryCode): string[] {
  return digitRuns(text).flatMap(({ digits, index }) => {
    const e164 = runToE164(text, digits, index, defaultCountry);
    return e164 === null ? [] : [e164];
  });
}

const CALLER_ID_REFERENCE =
  /\b(?:this (?:phone )?number|this phone|the number (?:i'm|i am) calling (?:from|on)|(?:reach|call) me (?:back )?(?:here|on this)|caller id)\b/i;

/** "this number is fine", "you can reach me at this number": the caller means the line they call from. */
export function refersToCallerNumber(text: string): boolean {
  return CALLER_ID_REFERENCE.test(text.replace(/’/g, "'"));
}
