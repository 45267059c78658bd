import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../../../domain/app-error.js';
import type { AppDeps } from '../../app-deps.js';
import { issuesFromZod, validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { receiveText } from '../../operations/receive-text.js';
import { verifyTwilioRequest } from '../../twilio-signature.js';
import { incomingTextRoute, incomingTextSchema } from './twilio-sms.routes.js';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** TwiML that texts `reply` back to the sender, or says nothing. */
const twiml = (reply: string | null) =>
  `<?xml version="1.0" encoding="UTF-8"?><Response>${reply === null ? '' : `<Message>${escapeXml(reply)}</Message>`}</Response>`;

export function twilioSmsRoutes(deps: AppDeps) {
  return new OpenAPIHono<AuthEnv>({ defaultHook: validationHook }).openapi(incomingTextRoute, async (c) => {
    const form = await c.req.parseBody();
    const params = Object.fromEntries(Object.entries(form).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const url = new URL(c.req.url);
    verifyTwilioRequest(deps.twilio, { pathAndQuery: `${url.pathname}${url.search}`, signature: c.req.header('x-twilio-signature'), params });
    const parsed = incomingTextSchema.safeParse(params);
    if (!parsed.success) throw new AppError('invalid_input', 'Twilio sent an incoming text without the fields it always sends.', { issues: issuesFromZod(parsed.error) });
    const { MessageSid, From, To, Body } = parsed.data;
    const handled = await receiveText(deps, { messageSid: MessageSid, from: From, to: To, body: Body });
    return c.body(twiml(handled.reply), 200, { 'content-type': 'text/xml; charset=utf-8' });
  });
}
