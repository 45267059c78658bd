import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../route-access.js';
import { errorContent } from '../../route-responses.js';

/** The fields of Twilio's incoming-message request this service reads; Twilio sends more. */
export const incomingTextSchema = z.object({
  MessageSid: z.string().min(1, 'MessageSid is missing'),
  From: z.string().regex(/^\+[1-9]\d{6,14}$/, 'From must be an E.164 number'),
  To: z.string().regex(/^\+[1-9]\d{6,14}$/, 'To must be an E.164 number'),
  Body: z.string().max(1600).default(''),
});

// Public: Twilio has no session. Its signature (X-Twilio-Signature) is what admits a request.
export const incomingTextRoute = defineRoute('public', {
  method: 'post',
  path: '/twilio/sms',
  tags: ['twilio'],
  summary: "A text to one of the organization's numbers, as Twilio posts it (form-encoded, signed)",
  responses: {
    200: { description: 'TwiML: a reply to STOP, START, HELP or a page taken, or nothing', content: { 'text/xml': { schema: z.string() } } },
    400: { description: 'A field Twilio always sends is missing or malformed', content: errorContent },
    403: { description: 'Not signed by Twilio for this address', content: errorContent },
    503: { description: 'Twilio webhooks are not configured; Twilio retries later', content: errorContent },
  },
});

export const deliveryStatusSchema = z.object({
  MessageSid: z.string().min(1, 'MessageSid is missing'),
  MessageStatus: z.string().min(1, 'MessageStatus is missing'),
  ErrorCode: z.string().optional(),
});

export const deliveryStatusRoute = defineRoute('public', {
  method: 'post',
  path: '/twilio/sms-status',
  tags: ['twilio'],
  summary: "Twilio's report on a text we sent (sent, delivered, undelivered, failed), signed",
  responses: {
    204: { description: 'Recorded, or not a text of ours, or a status that says nothing new' },
    400: { description: 'A field Twilio always sends is missing', content: errorContent },
    403: { description: 'Not signed by Twilio for this address', content: errorContent },
    503: { description: 'Twilio webhooks are not configured; Twilio retries later', content: errorContent },
  },
});
