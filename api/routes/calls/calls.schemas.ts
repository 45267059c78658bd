import { z } from '@hono/zod-openapi';
import type { CallListItem } from '../../../db/queries/call-list.js';
import type { CallView } from '../../operations/calls.js';

export const bookingSchema = z
  .object({ id: z.string(), startsAt: z.string(), endsAt: z.string(), serviceType: z.string().nullable(), confirmationCode: z.string().nullable(), status: z.string() })
  .openapi('CallBooking');

export const callSchema = z
  .object({
    id: z.string(),
    workflowId: z.string(),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    status: z.enum(['in_progress', 'completed']),
    outcome: z.string().nullable(),
    urgent: z.boolean(),
    urgencyReason: z.string().nullable(),
    fromPhone: z.string().nullable(),
    contactId: z.string().nullable(),
    callerName: z.string().nullable(),
    needsCallback: z.boolean().openapi({ description: 'Urgent, and nobody has marked its callback task done' }),
    booking: bookingSchema.nullable(),
  })
  .openapi('Call');

export const turnSchema = z.object({ role: z.enum(['caller', 'agent']), text: z.string() }).openapi('CallTurn');

export const callDetailSchema = callSchema
  .extend({
    stage: z.enum(['listening', 'offering', 'holding', 'booked', 'ended']).nullable(),
    transcript: z.array(turnSchema),
    extracted: z.record(z.string(), z.unknown()),
    temporalUrl: z.string().nullable().openapi({ description: "The call's workflow in the Temporal UI" }),
  })
  .openapi('CallDetail');

export const callListQuerySchema = z.object({
  urgent: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  needsCallback: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  outcome: z.enum(['booked', 'urgent', 'information', 'no_booking', 'abandoned']).optional(),
  contactId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const callListSchema = z.object({ items: z.array(callSchema), page: z.number(), pageSize: z.number(), hasMore: z.boolean() }).openapi('CallList');

export const practiceStartSchema = z
  .object({ fromPhone: z.string().trim().regex(/^\+[1-9]\d{6,14}$/, 'is not an E.164 number such as +13125550142').nullable().default(null) })
  .strict()
  .openapi('PracticeCallRequest');

export const practiceLineSchema = z.object({ text: z.string().trim().min(1, 'is empty').max(2_000) }).strict().openapi('PracticeLine');

export function toCallBody(call: CallListItem): z.infer<typeof callSchema> {
  return {
    ...call,
    status: call.status as 'in_progress' | 'completed',
    startedAt: call.startedAt.toISOString(),
    endedAt: call.endedAt?.toISOString() ?? null,
    booking: call.booking && { ...call.booking, startsAt: call.booking.startsAt.toISOString(), endsAt: call.booking.endsAt.toISOString() },
  };
}

export function toCallDetailBody(call: CallView, temporalUrl: string | null): z.infer<typeof callDetailSchema> {
  const transcript = Array.isArray(call.transcript) ? (call.transcript as z.infer<typeof turnSchema>[]) : [];
  const extracted = call.extracted && typeof call.extracted === 'object' ? (call.extracted as Record<string, unknown>) : {};
  return { ...toCallBody(call), stage: call.stage, transcript, extracted, temporalUrl };
}
