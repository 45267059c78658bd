import type { CountryCode } from 'libphonenumber-js';
import { EMPTY_CALLER_DETAILS, type CallerDetails } from './caller-details.js';
import { callerTurnsWithQuestion, type CallTurn } from './call-turn.js';
import { findCallerName, readBareName } from './caller-name.js';
import { findDeceasedName } from './deceased-name.js';
import { findEmail } from './email.js';
import { correctNames } from './name-correction.js';
import { isKnownPersonName, peopleMentioned, type PersonMention } from './people-mentioned.js';
import { countryOf, findPhoneNumbers, refersToCallerNumber, toE164, type PhoneCountries } from './phone.js';
import { findRelationStatements, settleRelationship, speaksOfDeath, tellsOfDeath, type RelationStatement } from './relationship.js';
import { findChosenServiceType } from './service-type.js';

/** `defaultCountry`: where the organization is, in which a number said the national way is read. */
export type ExtractionOptions = { callerId?: string | null; defaultCountry?: CountryCode };

/**
 * "I'm Sarah" after "I'm Sarah Williams" repeats the name, and "Uncle Ray" after "Raymond
 * Castillo" shortens it (a word that starts a word of the name): neither corrects it.
 */
function correctedName(previous: string | null, next: string): string {
  if (previous === null) return next;
  const known = previous.toLowerCase().split(' ');
  const repeats = (word: string) => known.some((k) => k === word || (word.length >= 3 && k.startsWith(word)));
  return next.toLowerCase().split(' ').every(repeats) ? previous : next;
}

/** "Brenda Ellison" after "Brenda": the same name, said in full. */
function extendsName(known: string | null, next: string): boolean {
  if (known === null) return false;
  const words = new Set(next.toLowerCase().split(' '));
  return next.split(' ').length > known.split(' ').length && known.toLowerCase().split(' ').every((word) => words.has(word));
}

/**
 * Names in a turn that is more than a name: each goes where what was said before it points ("my
 * brother was …" → the deceased); one without a cue answers the agent's question, and a caller who
 * has not given their name yet gives it first ("Denise Whitfield. My brother was Curtis …").
 */
function readMentions(details: CallerDetails, mentions: PersonMention[], question: 'callerName' | 'deceasedName' | null, introduced: boolean, aboutDeath: boolean): void {
  let callerTaken = introduced;
  let deceasedTaken = false;
  // "Albert Fontaine. And she was Eleanor Fontaine": when the turn itself says who died, the other
  // name is not the answer to "who passed?".
  const deceasedNamed = mentions.some((mention) => mention.role === 'deceased');
  for (const mention of mentions) {
    const isCaller = details.callerName !== null && correctedName(details.callerName, mention.name) === details.callerName;
    if (callerTaken && extendsName(details.callerName, mention.name)) {
      details.callerName = mention.name; // "it's Brenda. Brenda Ellison."
      continue;
    }
    if (extendsName(details.deceasedName, mention.name) && !isCaller) {
      details.deceasedName = mention.name; // "My sister Lucia passed away. Lucia Ferreira."
      deceasedTaken = true;
      continue;
    }
    // "Frank Russo. I'm Anthony. His son.": on a call about a death, the other full name a caller
    // gives beside their own is the one who died, whichever question it answers.
    const besideOwn = introduced && aboutDeath && details.deceasedName === null && mention.name.includes(' ');
    const answersDeceased = (question === 'deceasedName' || besideOwn) && !deceasedTaken && !deceasedNamed;
    // A full name said with no cue is the caller's own only while theirs is still unknown.
    const mayBeCaller = !callerTaken && (question === 'callerName' || (details.callerName === null && mention.name.includes(' ')));
    const role = mention.role ?? (answersDeceased ? 'deceased' : mayBeCaller ? 'caller' : null);
    if (role === 'caller' && !callerTaken) {
      details.callerName = correctedName(details.callerName, mention.name);
      callerTaken = true;
    } else if (role === 'deceased' && !isCaller) {
      details.deceasedName = correctedName(details.deceasedName, mention.name);
      deceasedTaken = true;
    }
  }
}

/**
 * What the caller has told so far, read from the whole transcript without a language model. Turns
 * are read in order, so a later statement ("actually it's 555-…", "sorry, my name is …") corrects an
 * earlier one. The caller ID stands in for a phone the caller did not say, or "this number".
 */
export function extractCallerDetails(turns: readonly CallTurn[], options: ExtractionOptions = {}): CallerDetails {
  const country: CountryCode = options.defaultCountry ?? 'US';
  const callerId = options.callerId ? toE164(options.callerId, country) : null;
  // The caller ID's country reads a number said the national way there ("07700 900461" from London).
  const countries: PhoneCountries = { home: country, trunk: (callerId === null ? undefined : countryOf(callerId)) ?? country };
  const details: CallerDetails = { ...EMPTY_CALLER_DETAILS };
  const relations: RelationStatement[] = [];
  let aboutDeath = false;
  let deathTold = false;

  for (const { text, question } of callerTurnsWithQuestion(turns)) {
    const found = findCallerName(text);
    // "I'm Sarah" names the caller; "I'm slow getting to it" does not, unless it answers "your name?".
    const introduced = found !== null && (found.includes(' ') || question === 'callerName' || isKnownPersonName(found)) ? found : null;
    const bare = introduced === null ? readBareName(text) : null;
    if (introduced !== null) details.callerName = correctedName(details.callerName, introduced);
    else if (bare !== null && question === 'deceasedName') details.deceasedName = bare.name;
    else if (bare !== null && (question === 'callerName' || (details.callerName === null && bare.words >= 2))) {
      details.callerName = correctedName(details.callerName, bare.name);
    }
    aboutDeath ||= question === 'deceasedName' || speaksOfDeath(text);
    if (bare === null) readMentions(details, peopleMentioned(text), question, introduced !== null, aboutDeath);

    deathTold ||= tellsOfDeath(text);
    const statements = findRelationStatements(text, aboutDeath);
    relations.push(...statements);
    for (const statement of statements) {
      if (statement.deceasedName !== null) details.deceasedName = correctedName(details.deceasedName, statement.deceasedName);
    }
    details.deceasedName = findDeceasedName(text) ?? details.deceasedName;
    Object.assign(details, correctNames(text, details));

    const phones = findPhoneNumbers(text, countries);
    if (phones.length > 0) details.phone = phones.at(-1) ?? null;
    else if (callerId !== null && refersToCallerNumber(text)) details.phone = callerId;

    details.email = findEmail(text) ?? details.email;
    details.serviceType = findChosenServiceType(text) ?? details.serviceType;
  }

  details.relationship = settleRelationship(relations, deathTold);
  if (details.relationship === 'self') details.deceasedName = null;
  details.phone ??= callerId;
  return details;
}
