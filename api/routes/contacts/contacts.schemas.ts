import { z } from '@hono/zod-openapi';
import { CONTACT_CREATORS, CONTACT_STATUSES, LEAD_SOURCES, PAYMENT_STATUSES, contactFieldsSchema } from '../../../domain/contacts/contact-record.js';
import { CALLER_SERVICE_TYPES, DETAIL_SOURCES, RELATIONSHIPS } from '../../../domain/extraction/caller-details.js';
import { CONTACT_SORTS, type ContactRecord } from '../../../db/queries/contact-records.js';
import type { Interaction } from '../../../db/queries/contact-interactions.js';

export const contactInputSchema = contactFieldsSchema().openapi('ContactInput');

const nullableText = z.string().nullable();
const nullableDate = z.string().nullable().openapi({ format: 'date' });

export const contactSchema = z
  .object({
    id: z.string(),
    name: nullableText,
    businessName: nullableText,
    phone: nullableText.openapi({ description: 'E.164' }),
    alternatePhone: nullableText,
    email: nullableText,
    address: nullableText,
    status: z.enum(CONTACT_STATUSES),
    leadSource: z.enum(LEAD_SOURCES),
    notes: nullableText,
    ethnicOrientation: nullableText,
    preferredLanguage: nullableText,
    secondaryLanguage: nullableText,
    familyName: nullableText,
    relationship: z.enum(RELATIONSHIPS).nullable(),
    deceasedName: nullableText,
    deceasedDateOfBirth: nullableDate,
    deceasedDateOfDeath: nullableDate,
    serviceType: z.enum(CALLER_SERVICE_TYPES).nullable(),
    serviceDate: nullableDate,
    serviceLocation: nullableText,
    plotNumber: nullableText,
    plotType: nullableText,
    contractAmountCents: z.number().int().nullable(),
    amountPaidCents: z.number().int().nullable(),
    balanceDueCents: z.number().int().openapi({ description: 'Contract amount less the amount paid, kept by the database' }),
    paymentPlan: nullableText,
    paymentStatus: z.enum(PAYMENT_STATUSES).nullable(),
    specialRequests: nullableText,
    religiousPreference: nullableText,
    veteran: z.boolean().nullable(),
    createdBy: z.enum(CONTACT_CREATORS),
    sources: z.record(z.string(), z.enum(DETAIL_SOURCES)).openapi({ description: "Where each field's value came from: staff typed it, or a call heard it from the caller or the agent" }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Contact');

export const interactionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['call', 'sms', 'email', 'meeting', 'note']),
    summary: z.string(),
    transcript: z.array(z.object({ speaker: z.string(), text: z.string() }).passthrough()),
    callId: z.string().nullable(),
    authorName: z.string().nullable(),
    occurredAt: z.string(),
  })
  .openapi('Interaction');

export const contactListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: 'Name, family, deceased, email or phone; a letter or two may be wrong' }),
  status: z.enum(CONTACT_STATUSES).optional(),
  leadSource: z.enum(LEAD_SOURCES).optional(),
  serviceType: z.enum(CALLER_SERVICE_TYPES).optional(),
  sort: z.enum(CONTACT_SORTS).default('recent'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const contactListSchema = z
  .object({ items: z.array(contactSchema), page: z.number().int(), pageSize: z.number().int(), hasMore: z.boolean() })
  .openapi('ContactList');

export const contactDetailSchema = z
  .object({ contact: contactSchema, interactions: z.array(interactionSchema), duplicates: z.array(contactSchema) })
  .openapi('ContactDetail');

export const mergeBodySchema = z.object({ otherId: z.uuid() }).strict().openapi('MergeContactsRequest');

export const interactionBodySchema = z
  .object({
    kind: z.enum(['note', 'meeting', 'email', 'sms', 'call']).default('note'),
    summary: z.string().trim().min(1, 'is empty').max(10_000),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .openapi('InteractionRequest');

export function toContactBody(contact: ContactRecord): z.infer<typeof contactSchema> {
  return {
    ...contact,
    createdBy: contact.createdBy as z.infer<typeof contactSchema>['createdBy'],
    createdAt: contact.createdAt.toISOString(),
    updatedAt: contact.updatedAt.toISOString(),
  };
}

export function toInteractionBody(interaction: Interaction): z.infer<typeof interactionSchema> {
  return {
    ...interaction,
    kind: interaction.kind as z.infer<typeof interactionSchema>['kind'],
    transcript: Array.isArray(interaction.transcript) ? interaction.transcript : [],
    occurredAt: interaction.occurredAt.toISOString(),
  };
}
