import { z } from 'zod';

/** The caller's relation to the person who died (`self` = planning one's own arrangements). */
export const RELATIONSHIPS = [
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'other_family',
  'friend',
  'self',
  'professional',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** The kinds of service a caller can ask for; `planning` is the booking's concern, not the caller's words. */
export const CALLER_SERVICE_TYPES = ['burial', 'cremation', 'memorial', 'viewing', 'consultation'] as const;
export type CallerServiceType = (typeof CALLER_SERVICE_TYPES)[number];

export const callerDetailsSchema = z
  .object({
    callerName: z.string().min(1).nullable(),
    phone: z
      .string()
      .regex(/^\+[1-9]\d{6,14}$/, 'expected E.164')
      .nullable(),
    email: z.email().nullable(),
    deceasedName: z.string().min(1).nullable(),
    relationship: z.enum(RELATIONSHIPS).nullable(),
    serviceType: z.enum(CALLER_SERVICE_TYPES).nullable(),
  })
  .strict();
export type CallerDetails = z.infer<typeof callerDetailsSchema>;

export const EMPTY_CALLER_DETAILS: CallerDetails = {
  callerName: null,
  phone: null,
  email: null,
  deceasedName: null,
  relationship: null,
  serviceType: null,
};

/**
 * Where a detail came from: the caller's own words (read by the extractor), the agent's statement
 * on the call (a tool argument), or a member of staff. Each outranks the one before it: a later
 * reading never overwrites what was stated, and nothing from a call overwrites what staff typed.
 */
export const DETAIL_SOURCES = ['caller', 'agent', 'staff'] as const;
export type DetailSource = (typeof DETAIL_SOURCES)[number];
export type DetailSources = Partial<Record<keyof CallerDetails, DetailSource>>;
