import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SHARED_SCENARIOS } from '../../testing/scenario-dirs.js';
import { describe, expect, it } from 'vitest';
import { callerDetailsSchema } from './caller-details.js';
import type { CallTurn } from './call-turn.js';
import { extractCallerDetails } from './extract-caller-details.js';

type ExpectedContact = Partial<Record<'name' | 'phone' | 'email' | 'deceased_name' | 'relationship' | 'service_type', unknown>>;
type Scenario = { caller: string[]; from?: string; expect: { contact?: ExpectedContact } };

// The shared acceptance calls, read from the caller's lines alone (they say everything outright);
// our own scenarios lean on the agent's questions and are checked end to end by
// workflows/call-scenarios.test.ts instead. A checkout without the shared set has none to read.
const scenarios = (existsSync(SHARED_SCENARIOS) ? readdirSync(SHARED_SCENARIOS) : [])
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, ...(JSON.parse(readFileSync(path.join(SHARED_SCENARIOS, file), 'utf8')) as Scenario) }));

const FIELDS = {
  name: 'callerName',
  phone: 'phone',
  email: 'email',
  deceased_name: 'deceasedName',
  relationship: 'relationship',
  service_type: 'serviceType',
} as const;

const callerSays = (...texts: string[]): CallTurn[] => texts.map((text) => ({ role: 'caller', text }));

describe('extractCallerDetails on the call scenarios', () => {
  it.each(scenarios.map((s) => [s.file, s] as const))('%s', (_file, scenario) => {
    const details = callerDetailsSchema.parse(
      extractCallerDetails(callerSays(...scenario.caller), { callerId: scenario.from ?? null }),
    );
    for (const [key, expected] of Object.entries(scenario.expect.contact ?? {})) {
      const actual = details[FIELDS[key as keyof typeof FIELDS]];
      if (Array.isArray(expected)) expect(expected, key).toContain(actual);
      else expect(actual, key).toBe(expected);
    }
  });

  it('reads each scenario turn by turn without losing what was said', () => {
    const turns = callerSays(
      'Hello, I need to arrange a burial for my father, he died on Tuesday.',
      "My name is Helen Ward, and my father's name was George Ward.",
    );
    expect(extractCallerDetails(turns, {})).toEqual({
      callerName: 'Helen Ward',
      phone: null,
      email: null,
      deceasedName: 'George Ward',
      relationship: 'child',
      serviceType: 'burial',
    });
  });
});

describe('extractCallerDetails', () => {
  it("reads a number said the national way in the organization's country", () => {
    expect(extractCallerDetails(callerSays('My mobile is 0412 345 678.'), { defaultCountry: 'AU' }).phone).toBe('+61412345678');
    expect(extractCallerDetails(callerSays('My mobile is 0412 345 678.')).phone).toBeNull();
  });

  it('hears a death told without the word, and a relative who is on the way as alive', () => {
    const details = extractCallerDetails(
      callerSays('This is Bernice Hollander. My Harold, well, he slipped away tonight. Sixty-one years we were married.', 'Our son Michael is driving in from Naperville.'),
    );
    expect(details).toMatchObject({ callerName: 'Bernice Hollander', deceasedName: 'Harold', relationship: 'spouse' });
  });

  it('hears a caller planning their own funeral, whoever they want to lie beside', () => {
    const details = extractCallerDetails(callerSays("I'm seventy-four and I've been meaning to get my funeral sorted. I want to be buried next to my wife.", "Name's Ron Pritchard."));
    expect(details).toMatchObject({ callerName: 'Ron Pritchard', relationship: 'self', deceasedName: null });
  });

  it("takes the other full name a caller gives beside their own as the deceased's, whatever was asked last", () => {
    const details = extractCallerDetails(callerSays('My father died. I found him this morning.', 'Police are here.', "Frank Russo. I'm Anthony. His son."));
    expect(details).toMatchObject({ callerName: 'Anthony', deceasedName: 'Frank Russo', relationship: 'child' });
  });

  it('lets later statements correct earlier ones', () => {
    const details = extractCallerDetails(
      callerSays(
        "I'm Sara Whitman, my number is 555-123-4567.",
        'sorry, my name is Sarah Whitmore',
        "actually it's 555-123-9999",
        'email sarah@example.com',
        'oh sorry, make that sarah dot whitmore at example dot com',
      ),
    );
    expect(details).toMatchObject({ callerName: 'Sarah Whitmore', phone: '+15551239999', email: 'sarah.whitmore@example.com' });
  });

  it('does not shorten a full name the caller repeats in part', () => {
    expect(extractCallerDetails(callerSays("I'm Sarah Williams.", "Yes, I'm Sarah.")).callerName).toBe('Sarah Williams');
  });

  it('reads lower-case speech-to-text', () => {
    const details = extractCallerDetails(
      callerSays(
        "hi i'm calling about my father he passed away last night",
        "my name's dan o'reilly",
        "his name was patrick o'reilly",
        'we want him buried',
        'it is six one seven five five five oh one eight eight',
      ),
    );
    expect(details).toEqual({
      callerName: "Dan O'Reilly",
      phone: '+16175550188',
      email: null,
      deceasedName: "Patrick O'Reilly",
      relationship: 'child',
      serviceType: 'burial',
    });
  });

  it('gives a bare name to whoever the agent asked about', () => {
    const turns: CallTurn[] = [
      { role: 'caller', text: 'My grandmother passed this morning.' },
      { role: 'agent', text: 'I am so sorry. May I have your name?' },
      { role: 'caller', text: 'Ana.' },
      { role: 'agent', text: 'Thank you, Ana. And may I ask the name of your loved one who passed?' },
      { role: 'caller', text: 'Rosa Maria Delgado-Ruiz.' },
    ];
    expect(extractCallerDetails(turns, {})).toMatchObject({
      callerName: 'Ana',
      deceasedName: 'Rosa Maria Delgado-Ruiz',
      relationship: 'grandchild',
    });
  });

  it('takes no greeting, answer, weekday or month for a name', () => {
    const details = extractCallerDetails(callerSays('Hi.', 'Hello?', 'Yes.', 'Tuesday.', 'June.', 'Thank you.'));
    expect(details.callerName).toBeNull();
    expect(details.deceasedName).toBeNull();
  });

  it('uses the caller ID when no number is said, or when the caller points at this line', () => {
    expect(extractCallerDetails(callerSays('Hello.'), { callerId: '+13125550147' }).phone).toBe('+13125550147');
    const pointed = extractCallerDetails(callerSays('555-123-4567', 'Actually, just use this number.'), {
      callerId: '(312) 555-0147',
    });
    expect(pointed.phone).toBe('+13125550147');
  });

  it('reads a number said the national way abroad in the country of the caller ID', () => {
    const details = extractCallerDetails(callerSays('Best to text my mobile, 07700 900461.'), { callerId: '+442079460321' });
    expect(details.phone).toBe('+447700900461');
  });

  it('records a professional calling about a patient', () => {
    const details = extractCallerDetails(
      callerSays("I'm a hospice nurse. Our patient passed at 3 this afternoon.", "The patient's name is Harold Jones."),
    );
    expect(details).toMatchObject({ relationship: 'professional', deceasedName: 'Harold Jones' });
  });

  it('leaves the deceased empty for someone planning their own arrangements', () => {
    const details = extractCallerDetails(callerSays('I want to pre-plan my own funeral. My husband Joe passed last year.'));
    expect(details.relationship).toBe('self');
    expect(details.deceasedName).toBeNull();
  });

  it('names no deceased when a couple plans ahead and nobody has died', () => {
    const details = extractCallerDetails(
      callerSays(
        'My wife and I are in our eighties, and we would like our funeral plans settled ahead of time.',
        "I'm Walter Haskins, and my wife is Eleanor. We're both in good health.",
      ),
    );
    expect(details).toMatchObject({ callerName: 'Walter Haskins', relationship: 'self', deceasedName: null });
  });

  it('takes a surname the caller corrects in the same breath', () => {
    const details = extractCallerDetails(callerSays('My father passed away.', 'My name is Deborah Lindqvist. No, sorry, Lindgren. I still slip up.'));
    expect(details.callerName).toBe('Deborah Lindgren');
    expect(extractCallerDetails(callerSays("I'm Anne Smith.", "Sorry, it's Smyth, not Smith.")).callerName).toBe('Anne Smyth');
  });
});

describe('names said again, shortened, spelled or pointed back to', () => {
  const deceasedOf = (...texts: string[]) => extractCallerDetails(callerSays(...texts)).deceasedName;

  it('takes a name said in full after its first name alone', () => {
    expect(deceasedOf("My sister Lucia passed away on Sunday. Lucia Ferreira. I'm her brother, Paul Ferreira.")).toBe('Lucia Ferreira');
  });

  it('keeps a full name when the caller later shortens it', () => {
    expect(deceasedOf('A memorial for my uncle, Raymond Castillo.', 'Uncle Ray never married.')).toBe('Raymond Castillo');
  });

  it('reads the person a "he" that died points back to', () => {
    expect(deceasedOf("This is Eleanor. I'm calling about Ivan Petrov. He lived next door. He died last Wednesday.")).toBe('Ivan Petrov');
  });

  it('takes a bare answer to "who passed?" followed by its spelling', () => {
    const turns: CallTurn[] = [
      { role: 'agent', text: 'May I ask the name of your loved one who passed?' },
      { role: 'caller', text: 'Kenji Tanaka. K-E-N-J-I.' },
    ];
    expect(extractCallerDetails(turns).deceasedName).toBe('Kenji Tanaka');
  });
});
