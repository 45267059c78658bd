import { OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { recordDeliveryStatus } from '../../../db/queries/sms-outbox.js';
import { AppError } from '../../../domain/app-error.js';
import type { AppDeps } from '../../app-deps.js';
import { issuesFromZod, validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { receiveText } from '../../operations/receive-text.js';
import { verifyTwilioRequest } from '../../twilio-signature.js';
import { deliveryStatusRoute, deliveryStatusSchema, incomingTextRoute, incomingTextSchema } from './twilio-sms.routes.js';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** TwiML that texts `reply` back to the sender, or says nothing. */
const twiml = (reply: string | null) =>
  `<?xml version="1.0" encoding="UTF-8"?><Response>${reply === null ? '' : `<Message>${escapeXml(reply)}</Message>`}</Response>`;

const DELIVERY: Record<string, 'sent' | 'delivered' | 'undelivered' | 'failed'> = { sent: 'sent', delivered: 'delivered', undelivered: 'undelivered', failed: 'failed' };

/** The form Twilio posted, once its signature over the public URL and every field is checked. */
async function signedForm<S extends z.ZodType>(deps: AppDeps, c: Context, schema: S, what: string): Promise<z.output<S>> {
  const form = await c.req.parseBody();
  const params = Object.fromEntries(Object.entries(form).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const url = new URL(c.req.url);
  verifyTwilioRequest(deps.twilio, { pathAndQuery: `${url.pathname}${url.search}`, signature: c.req.header('x-twilio-signature'), params });
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new AppError('invalid_input', `Twilio sent ${what} without the fields it always sends.`, { issues: issuesFromZod(parsed.error) });
  return parsed.data;
}

export function twilioSmsRoutes(deps: AppDeps) {
  return new OpenAPIHono<AuthEnv>({ defaultHook: validationHook })
    .openapi(incomingTextRoute, async (c) => {
      const { MessageSid, From, To, Body } = await signedForm(deps, c, incomingTextSchema, 'an incoming text');
      const handled = await receiveText(deps, { messageSid: MessageSid, from: From, to: To, body: Body });
      return c.body(twiml(handled.reply), 200, { 'content-type': 'text/xml; charset=utf-8' });
    })
    .openapi(deliveryStatusRoute, async (c) => {
      const report = await signedForm(deps, c, deliveryStatusSchema, 'a delivery report');
      // Queued, accepted, sending: steps on the way that say nothing new.
      const status = DELIVERY[report.MessageStatus];
      if (status) {
        const ours = await recordDeliveryStatus(deps.db, { providerSid: report.MessageSid, status, detail: report.ErrorCode ?? null });
        if (!ours) deps.logger.warn({ messageSid: report.MessageSid }, 'delivery report for a text that is not ours');
      }
      return c.body(null, 204);
    });
}
