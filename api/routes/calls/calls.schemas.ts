import { summariseLatency } from '../../../domain/call/latency-summary.js';
import { z } from '@hono/zod-openapi';
import { CALL_KINDS } from '../../../domain/first-call/call-kind.js';
import { firstCallSheetSchema } from '../../../domain/first-call/first-call-sheet.js';
import type { CallListItem } from '../../../db/queries/call-list.js';
import { PAGE_STATUSES } from '../../../db/queries/pages.js';
import type { CallView } from '../../operations/calls.js';

export const callKindSchema = z.enum(CALL_KINDS).openapi('CallKind', { description: 'What the call was, as a funeral director would file it' });

/**
 * The first-call sheet: where the person who died is, whether they may be moved, what the removal
 * team must know. Rebuilt around the domain's fields: zod 4 gives each schema its methods when it is
 * made, so one made before @hono/zod-openapi was first imported (as in the API process) has no `.openapi`.
 */
export const firstCallSchema = z.object(firstCallSheetSchema.shape).strict().openapi('FirstCallSheet');

export const pageStatusSchema = z.enum(PAGE_STATUSES).openapi('PageStatus');

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
    kind: callKindSchema.nullable().openapi({ description: 'Null until the call has been read' }),
    needsCallback: z.boolean().openapi({ description: 'Urgent, and nobody has marked its callback task done' }),
    booking: bookingSchema.nullable(),
  })
  .openapi('Call');

export const turnSchema = z.object({ role: z.enum(['caller', 'agent']), text: z.string() }).openapi('CallTurn');

export const pageStepSchema = z
  .object({
    kind: z.enum(['texted', 'acknowledged', 'told_taken', 'callback_missed', 'called_back', 'unanswered', 'nobody_on_call']),
    personName: z.string().nullable(),
    personPhone: z.string().nullable(),
    detail: z.string().nullable(),
    at: z.string(),
  })
  .openapi('PageStep');

export const callPageSchema = z
  .object({
    status: pageStatusSchema,
    owner: z.object({ name: z.string(), phone: z.string() }).nullable().openapi({ description: 'Who took the page' }),
    acknowledgedAt: z.string().nullable(),
    callbackDueAt: z.string().openapi({ description: 'When the family was promised a call back by' }),
    calledBackAt: z.string().nullable(),
    calledBackBy: z.string().nullable(),
    steps: z.array(pageStepSchema).openapi({ description: 'Who was texted when, who took it, reminders: oldest first' }),
  })
  .openapi('CallPage');

export const priceQuoteSchema = z
  .object({
    code: z.string(),
    item: z.string(),
    priceCents: z.number().int(),
    startingPrice: z.boolean().openapi({ description: 'Quoted as "from" this price' }),
    quotedAt: z.string(),
  })
  .openapi('PriceQuoted');

const latencyFiguresSchema = z
  .object({
    count: z.number().int(),
    p50Ms: z.number().int().nullable().openapi({ description: 'Median wait in milliseconds; null with nothing measured' }),
    p95Ms: z.number().int().nullable(),
  })
  .openapi('LatencyFigures');

export const latencySummarySchema = z
  .object({
    replies: latencyFiguresSchema.openapi({ description: "From the caller's last word to the agent's first sound, as the voice agent measured it" }),
    tools: latencyFiguresSchema.openapi({ description: "From the agent's function call to our answer" }),
  })
  .openapi('LatencySummary');

export const callTimingBodySchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('reply'), at: z.string(), totalMs: z.number().int(), thinkMs: z.number().int(), ttsMs: z.number().int() }),
    z.object({ kind: z.literal('tool'), at: z.string(), tool: z.string(), ms: z.number().int() }),
  ])
  .openapi('CallTiming');

export const callDetailSchema = callSchema
  .extend({
    stage: z.enum(['listening', 'offering', 'holding', 'booked', 'ended']).nullable(),
    transcript: z.array(turnSchema),
    extracted: z.record(z.string(), z.unknown()),
    firstCall: firstCallSchema.nullable().openapi({ description: 'For a first or facility call' }),
    page: callPageSchema.nullable().openapi({ description: 'The director on call being paged; null when the call paged nobody' }),
    pricesQuoted: z.array(priceQuoteSchema).openapi({ description: 'Prices the agent read from the price list on this call' }),
    temporalUrl: z.string().nullable().openapi({ description: "The call's workflow in the Temporal UI" }),
    timings: z.array(callTimingBodySchema).openapi({ description: 'Each reply and tool on a live call, in order; empty for a practice call' }),
    latency: latencySummarySchema,
  })
  .openapi('CallDetail');

export const callListQuerySchema = z.object({
  urgent: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  needsCallback: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  outcome: z.enum(['booked', 'urgent', 'information', 'no_booking', 'abandoned']).optional(),
  contactId: z.uuid().optional(),
  kind: callKindSchema.optional(),
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
  return {
    ...toCallBody(call),
    stage: call.stage,
    transcript,
    extracted,
    firstCall: call.firstCall,
    page: call.page && toCallPageBody(call.page),
    pricesQuoted: call.pricesQuoted.map((quote) => ({ ...quote, quotedAt: quote.quotedAt.toISOString() })),
    temporalUrl,
    timings: call.timings,
    latency: summariseLatency(call.timings),
  };
}

function toCallPageBody(page: NonNullable<CallView['page']>): z.infer<typeof callPageSchema> {
  return {
    status: page.status,
    owner: page.ownerName && page.ownerPhone ? { name: page.ownerName, phone: page.ownerPhone } : null,
    acknowledgedAt: page.acknowledgedAt?.toISOString() ?? null,
    callbackDueAt: page.callbackDueAt.toISOString(),
    calledBackAt: page.calledBackAt?.toISOString() ?? null,
    calledBackBy: page.calledBackBy,
    steps: page.steps.map((step) => ({ ...step, at: step.at.toISOString() })),
  };
}
