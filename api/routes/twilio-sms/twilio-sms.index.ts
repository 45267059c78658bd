import { OpenAPIHono } from '@hono/zod-openapi';
import { recordDeliveryStatus } from '../../../db/queries/sms-outbox.js';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { receiveText } from '../../operations/receive-text.js';
import { signedForm } from '../../twilio-signature.js';
import { messageTwiml, TWIML_HEADERS } from '../../twiml.js';
import { deliveryStatusRoute, deliveryStatusSchema, incomingTextRoute, incomingTextSchema } from './twilio-sms.routes.js';

const DELIVERY: Record<string, 'sent' | 'delivered' | 'undelivered' | 'failed'> = { sent: 'sent', delivered: 'delivered', undelivered: 'undelivered', failed: 'failed' };

export function twilioSmsRoutes(deps: AppDeps) {
  return new OpenAPIHono<AuthEnv>({ defaultHook: validationHook })
    .openapi(incomingTextRoute, async (c) => {
      const { MessageSid, From, To, Body } = await signedForm(deps, c, incomingTextSchema, 'an incoming text');
      const handled = await receiveText(deps, { messageSid: MessageSid, from: From, to: To, body: Body });
      return c.body(messageTwiml(handled.reply), 200, TWIML_HEADERS);
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
