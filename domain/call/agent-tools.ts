import { z } from 'zod';
import { isLocalDate } from '../dates/local-date.js';
import { CALLER_SERVICE_TYPES, RELATIONSHIPS } from '../extraction/caller-details.js';
import { hasControlCharacters } from '../plain-text.js';
import { SERVICE_TYPES } from '../services.js';
import { LOOK_AHEAD_DAYS } from '../time-preference.js';
import { LOCATION_TYPES } from '../first-call/first-call-sheet.js';

/**
 * The tools the agent calls during a call, each with the one schema of its arguments. The call
 * workflow's validators check an update's arguments against it, and the voice model is given the
 * JSON schema generated from it, so what the model is told and what the call accepts never drift.
 * Every message says what a model should send instead.
 */

const listed = (values: readonly string[]) => values.join(', ');

const localDate = (name: string) =>
  z
    .string({ error: `${name} must be a date as YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date as YYYY-MM-DD`)
    .refine(isLocalDate, `${name} must be a real calendar date`);

const localDateTime = (name: string) =>
  z
    .string({ error: `${name} must be a local date and time as YYYY-MM-DDTHH:MM` })
    .regex(/^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d$/, `${name} must be a local date and time as YYYY-MM-DDTHH:MM`)
    .refine((value) => isLocalDate(value.slice(0, 10)), `${name} must be a real calendar date`);

const text = (name: string, max: number) =>
  z
    .string({ error: `${name} must be text` })
    .trim()
    .min(1, `${name} must not be empty; leave it out when unknown`)
    .max(max, `${name} must be at most ${max} characters`)
    .refine((value) => !hasControlCharacters(value), `${name} must not contain control characters`);

const service = z.enum(SERVICE_TYPES, { error: `service must be one of ${listed(SERVICE_TYPES)}` });

export const saveCallerDetailsArgs = z
  .object({
    callerName: text('callerName', 120).describe("The caller's own full name.").optional(),
    phone: z
      .string({ error: 'phone must be text' })
      .regex(/^\+[1-9]\d{6,14}$/, 'phone must be in E.164 form, for example +15551234567')
      .describe('A number to reach the caller, E.164.')
      .optional(),
    email: z.email({ error: 'email must be an email address, for example name@example.com' }).max(254).describe("The caller's email address.").optional(),
    deceasedName: text('deceasedName', 120).describe('The full name of the person who died.').optional(),
    relationship: z
      .enum(RELATIONSHIPS, { error: `relationship must be one of ${listed(RELATIONSHIPS)}` })
      .describe("The caller's relation to the person who died; self when planning their own arrangements.")
      .optional(),
    serviceType: z
      .enum(CALLER_SERVICE_TYPES, { error: `serviceType must be one of ${listed(CALLER_SERVICE_TYPES)}` })
      .describe('The kind of service the family wants.')
      .optional(),
  })
  .strict();
export type SaveCallerDetailsArgs = z.infer<typeof saveCallerDetailsArgs>;

export const timePreferenceArgs = z
  .object({
    days: z.array(localDate('each of days')).max(LOOK_AHEAD_DAYS, `days may list at most ${LOOK_AHEAD_DAYS} dates`).describe('Local dates the caller is open to, most wanted first.'),
    partOfDay: z.enum(['morning', 'afternoon', 'evening'], { error: 'partOfDay must be one of morning, afternoon, evening' }).nullable(),
    exact: localDateTime('exact').nullable().describe('A specific local start the caller asked for.'),
    soonest: z.boolean({ error: 'soonest must be true or false' }).describe('The caller wants the earliest possible time.'),
  })
  .strict();

export const checkAvailabilityArgs = z
  .object({
    service: service.describe('What to find a time for; the call knows it when left out.').optional(),
    preference: timePreferenceArgs.optional(),
    requestedLocalStart: localDateTime('requestedLocalStart').nullable().describe('The exact local start the caller asked for.').optional(),
    limit: z.number({ error: 'limit must be a whole number from 1 to 5' }).int('limit must be a whole number from 1 to 5').min(1, 'limit must be a whole number from 1 to 5').max(5, 'limit must be a whole number from 1 to 5').optional(),
  })
  .strict();
export type CheckAvailabilityArgs = z.infer<typeof checkAvailabilityArgs>;

export const slotArgs = z
  .object({
    localStart: localDateTime('localStart').describe('The local start time, one of the times check_availability offered.'),
    service: service.optional(),
  })
  .strict();
export type SlotArgs = z.infer<typeof slotArgs>;

export const transferArgs = z.object({ reason: text('reason', 500).describe('Why the caller needs a person, in a few words.') }).strict();
export type TransferArgs = z.infer<typeof transferArgs>;

export const endCallArgs = z
  .object({ reason: z.enum(['agent', 'caller'], { error: 'reason must be agent or caller' }).describe('Who ended the call.').optional() })
  .strict();
export type EndCallArgs = z.infer<typeof endCallArgs>;

export const lookUpPricesArgs = z
  .object({
    question: text('question', 500).describe("The caller's price question, in their words."),
    codes: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'each code must be a price-list code')).max(20, 'codes may list at most 20 items').describe('Price-list codes already known to be asked about.').optional(),
  })
  .strict();
export type LookUpPricesArgs = z.infer<typeof lookUpPricesArgs>;

export const PRICE_LIST_CHANNELS = ['text', 'email'] as const;
export const sendPriceListArgs = z
  .object({
    channel: z.enum(PRICE_LIST_CHANNELS, { error: 'channel must be text or email' }).describe('How the caller wants the full price list.'),
    to: text('to', 200).describe('The number or email address the caller gave for it; leave out to use the one already known on the call.').optional(),
  })
  .strict();
export type SendPriceListArgs = z.infer<typeof sendPriceListArgs>;

export const answerQuestionArgs = z.object({ question: text('question', 500).describe("The caller's question, in their words.") }).strict();
export type AnswerQuestionArgs = z.infer<typeof answerQuestionArgs>;

const yesNo = (name: string) => z.boolean({ error: `${name} must be true or false` });
export const firstCallDetailsArgs = z
  .object({
    locationType: z.enum(LOCATION_TYPES, { error: `locationType must be one of ${listed(LOCATION_TYPES)}` }).describe('Where the person who died is now.').optional(),
    location: text('location', 300).describe('The address, or the name of the hospital, hospice or care home.').optional(),
    room: text('room', 100).describe('Unit, floor or room in a facility.').optional(),
    underHospice: yesNo('underHospice').describe('Whether they were under hospice care.').optional(),
    hospiceName: text('hospiceName', 200).optional(),
    released: yesNo('released').describe('Whether the physician, hospice, medical examiner or coroner has released the body.').optional(),
    notified: text('notified', 200).describe('Who has been told: physician, hospice nurse, medical examiner, coroner, police.').optional(),
    timeOfDeath: text('timeOfDeath', 100).optional(),
    deceasedAge: z.number({ error: 'deceasedAge must be a whole number' }).int('deceasedAge must be a whole number').min(0, 'deceasedAge must be 0 to 130').max(130, 'deceasedAge must be 0 to 130').optional(),
    removalNotes: text('removalNotes', 500).describe('What the removal team must know: stairs, narrow access, family present.').optional(),
    nextOfKin: text('nextOfKin', 200).describe('The next of kin or person with authority, when not the caller.').optional(),
  })
  .strict();
export type FirstCallDetailsArgs = z.infer<typeof firstCallDetailsArgs>;

export const AGENT_TOOLS = {
  save_caller_details: { schema: saveCallerDetailsArgs, description: 'Record what the caller has said about themselves and the person who died.' },
  check_availability: { schema: checkAvailabilityArgs, description: 'Find free times for a service, or check the exact time the caller asked for.' },
  hold_slot: { schema: slotArgs, description: 'Hold an offered time for a few minutes while the caller decides.' },
  book_appointment: { schema: slotArgs, description: 'Book the time the caller chose. Cannot be undone on the call.' },
  transfer_to_staff: { schema: transferArgs, description: 'Hand the caller to a person now, for a death that has just happened or anything urgent.' },
  end_call: { schema: endCallArgs, description: 'End the call once the caller has nothing more.' },
  look_up_prices: { schema: lookUpPricesArgs, description: "Look up prices on the organization's General Price List. Answer price questions only from its answer, before asking for any name or number." },
  send_price_list: { schema: sendPriceListArgs, description: 'Text or email the full General Price List to a caller who asked for it; no name is needed.' },
  answer_question: { schema: answerQuestionArgs, description: 'Answer a question about the address, directions, parking, office hours or a published service from what staff have entered; an unanswered one becomes a call-back.' },
  save_first_call_details: { schema: firstCallDetailsArgs, description: 'Record the first-call sheet when a death has occurred: where the person is, whether released, what the removal team must know.' },
} as const;
export type AgentToolName = keyof typeof AGENT_TOOLS;

/** Tools whose effect cannot be taken back: a voice model must wait for the caller to finish first. */
export const IRREVERSIBLE_TOOLS: ReadonlySet<AgentToolName> = new Set(['book_appointment', 'transfer_to_staff', 'end_call']);

/**
 * The arguments as the schema reads them (trimmed), or an Error whose message lists every problem
 * in words a model can act on.
 */
export function parseToolArgs<S extends z.ZodType>(schema: S, args: unknown): z.infer<S> {
  const parsed = schema.safeParse(args ?? {});
  if (parsed.success) return parsed.data;
  throw new Error(parsed.error.issues.map(describeIssue).join('; '));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown argument${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.path.length === 0) return 'the arguments must be an object';
  return issue.message;
}

/** The function definitions a voice model is given: name, description and JSON-schema parameters. */
export function toolFunctionDefinitions(): Array<{ name: AgentToolName; description: string; parameters: Record<string, unknown> }> {
  return (Object.keys(AGENT_TOOLS) as AgentToolName[]).map((name) => ({
    name,
    description: AGENT_TOOLS[name].description,
    parameters: z.toJSONSchema(AGENT_TOOLS[name].schema, { io: 'input' }) as Record<string, unknown>,
  }));
}
