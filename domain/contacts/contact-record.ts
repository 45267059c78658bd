import { z } from 'zod';
import { CALLER_SERVICE_TYPES, RELATIONSHIPS } from '../extraction/caller-details.js';
import { toE164 } from '../extraction/phone.js';
import type { CountryCode } from 'libphonenumber-js';
import { CONTACT_STATUSES, LEAD_SOURCES, PAYMENT_STATUSES } from './contact-choices.js';

export * from './contact-choices.js';

/**
 * Phone numbers are read in the organization's country until a tenant setting says otherwise;
 * a number typed with its + and country code is read as written wherever it is from.
 */
export const DEFAULT_PHONE_COUNTRY: CountryCode = 'US';

const text = (max: number) => z.string().trim().max(max).transform((value) => (value === '' ? null : value));
const cents = z.number().int('whole cents, without a decimal point').min(0, 'cannot be negative').max(100_000_000_00, 'is larger than any contract');

function phoneIn(country: CountryCode) {
  return z
    .string()
    .trim()
    .max(40)
    .transform((raw, ctx) => {
      if (raw === '') return null;
      const e164 = toE164(raw, country);
      if (!e164) {
        ctx.addIssue({ code: 'custom', message: 'is not a phone number we can dial, for example (312) 555-0142 or +44 20 7946 0958' });
        return z.NEVER;
      }
      return e164;
    });
}

const date = z.iso.date('is not a date (YYYY-MM-DD)');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, `is not one of the choices (${values.join(', ')})`);

function fieldShape(country: CountryCode) {
  return {
    name: text(200),
    businessName: text(200),
    phone: phoneIn(country),
    alternatePhone: phoneIn(country),
    email: z.union([z.literal(''), z.email('is not an email address').max(320)]).transform((value) => (value === '' ? null : value.toLowerCase())),
    address: text(500),
    status: oneOf(CONTACT_STATUSES),
    leadSource: oneOf(LEAD_SOURCES),
    notes: text(10_000),
    ethnicOrientation: text(200),
    preferredLanguage: text(100),
    secondaryLanguage: text(100),
    familyName: text(200),
    relationship: oneOf(RELATIONSHIPS),
    deceasedName: text(200),
    deceasedDateOfBirth: date,
    deceasedDateOfDeath: date,
    serviceType: oneOf(CALLER_SERVICE_TYPES),
    serviceDate: date,
    serviceLocation: text(500),
    plotNumber: text(100),
    plotType: text(100),
    contractAmountCents: cents,
    amountPaidCents: cents,
    paymentPlan: text(500),
    paymentStatus: oneOf(PAYMENT_STATUSES),
    specialRequests: text(5_000),
    religiousPreference: text(200),
    veteran: z.boolean('is yes or no'),
  };
}

type Shape = ReturnType<typeof fieldShape>;
/** Every contact has a status and a lead source: they can be changed, never cleared. */
const ALWAYS_SET = ['status', 'leadSource'] as const;
type AlwaysSet = (typeof ALWAYS_SET)[number];
type Optional<S> = { [K in keyof S]: K extends AlwaysSet ? z.ZodOptional<S[K] & z.ZodType> : z.ZodOptional<z.ZodNullable<S[K] & z.ZodType>> };

function optionalShape(country: CountryCode): Optional<Shape> {
  const shape = fieldShape(country);
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, (ALWAYS_SET as readonly string[]).includes(key) ? schema.optional() : schema.nullable().optional()]),
  ) as Optional<Shape>;
}

function datesInOrder(fields: { deceasedDateOfBirth?: string | null; deceasedDateOfDeath?: string | null }, ctx: z.RefinementCtx) {
  if (fields.deceasedDateOfBirth && fields.deceasedDateOfDeath && fields.deceasedDateOfBirth > fields.deceasedDateOfDeath) {
    ctx.addIssue({ code: 'custom', path: ['deceasedDateOfDeath'], message: 'is before the date of birth' });
  }
}

/** The fields of a contact staff can type; each optional, and null (or an empty string) clears it. */
export function contactFieldsSchema(country: CountryCode = DEFAULT_PHONE_COUNTRY) {
  return z.object(optionalShape(country)).strict().superRefine(datesInOrder);
}

const dollars = z.number('is not an amount').min(0, 'cannot be negative').max(100_000_000, 'is larger than any contract').multipleOf(0.01, 'has more than two decimals');

/**
 * The same fields as staff see them in a form: money in dollars and cents as typed ("8450.00"),
 * every other rule the API's. `fieldsFromForm` turns a valid form into the API's fields.
 */
export function contactFormSchema(country: CountryCode = DEFAULT_PHONE_COUNTRY) {
  const { contractAmountCents: _contract, amountPaidCents: _paid, ...shape } = optionalShape(country);
  return z
    .object({ ...shape, contractAmount: dollars.nullable().optional(), amountPaid: dollars.nullable().optional() })
    .strict()
    .superRefine(datesInOrder);
}

export type ContactForm = z.output<ReturnType<typeof contactFormSchema>>;

const toCents = (amount: number | null | undefined) => (amount === undefined ? undefined : amount === null ? null : Math.round(amount * 100));

export function fieldsFromForm(form: ContactForm): ContactFieldValues {
  const { contractAmount, amountPaid, ...rest } = form;
  return { ...rest, contractAmountCents: toCents(contractAmount), amountPaidCents: toCents(amountPaid) };
}

export type ContactFieldsInput = z.input<ReturnType<typeof contactFieldsSchema>>;
/** What a write stores: every field given, normalised; a field left out is left alone. */
export type ContactFieldValues = z.output<ReturnType<typeof contactFieldsSchema>>;
export type ContactField = keyof Shape;
export const CONTACT_FIELDS = Object.keys(fieldShape(DEFAULT_PHONE_COUNTRY)) as ContactField[];
