import { z } from 'zod';

export { RELATIONSHIPS, CALLER_SERVICE_TYPES, type Relationship, type CallerServiceType } from './caller-choices.js';
import { CALLER_SERVICE_TYPES, RELATIONSHIPS } from './caller-choices.js';

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
