import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../route-access.js';
import { errorContent } from '../../route-responses.js';

export const incomingCallSchema = z.object({
  CallSid: z.string().min(1, 'CallSid is missing'),
  From: z.string().default(''),
  To: z.string().regex(/^\+[1-9]\d{6,14}$/, 'To must be an E.164 number'),
});

export const callStatusSchema = z.object({
  CallSid: z.string().min(1, 'CallSid is missing'),
  To: z.string().regex(/^\+[1-9]\d{6,14}$/, 'To must be an E.164 number'),
  CallStatus: z.string().min(1, 'CallStatus is missing'),
  CallDuration: z.coerce.number().int().min(0).optional(),
});

export const transferStatusSchema = z.object({
  CallSid: z.string().min(1, 'CallSid is missing'),
  To: z.string().regex(/^\+[1-9]\d{6,14}$/, 'To must be an E.164 number'),
  DialCallStatus: z.string().min(1, 'DialCallStatus is missing'),
});

const refusals = {
  400: { description: 'A field Twilio always sends is missing or malformed', content: errorContent },
  403: { description: 'Not signed by Twilio for this address', content: errorContent },
  503: { description: 'Twilio webhooks are not configured', content: errorContent },
} as const;

// Public: Twilio has no session. Its signature (X-Twilio-Signature) is what admits a request.
export const incomingCallRoute = defineRoute('public', {
  method: 'post',
  path: '/twilio/voice',
  tags: ['twilio'],
  summary: "A call to one of the organization's numbers: starts (or finds again) its workflow and connects the audio to the voice bridge",
  responses: { 200: { description: 'TwiML: <Connect><Stream> to the voice bridge, or a spoken apology and a hang-up', content: { 'text/xml': { schema: z.string() } } }, ...refusals },
});

export const callStatusRoute = defineRoute('public', {
  method: 'post',
  path: '/twilio/voice-status',
  tags: ['twilio'],
  summary: "Twilio's report that a call ended, with its length; the call's workflow is told the line is gone",
  responses: { 204: { description: 'Recorded' }, ...refusals },
});

export const transferStatusRoute = defineRoute('public', {
  method: 'post',
  path: '/twilio/transfer-status',
  tags: ['twilio'],
  summary: 'How putting a caller through to the person on call ended: if nobody answered, the caller hears that a person will call back, and a call-back task is left',
  responses: { 200: { description: 'TwiML: a hang-up, or the apology and a hang-up', content: { 'text/xml': { schema: z.string() } } }, ...refusals },
});
