import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../../../domain/app-error.js';
import type { AppDeps } from '../../app-deps.js';
import { validationHook } from '../../errors.js';
import type { AuthEnv } from '../../middleware/session.js';
import { answerPhoneCall, recordPhoneCallStatus } from '../../operations/answer-phone-call.js';
import { transferEnded } from '../../operations/transfer-ended.js';
import { signedForm } from '../../twilio-signature.js';
import { TWIML_HEADERS } from '../../twiml.js';
import { callStatusRoute, callStatusSchema, incomingCallRoute, incomingCallSchema, transferStatusRoute, transferStatusSchema } from './twilio-voice.routes.js';

export function twilioVoiceRoutes(deps: AppDeps) {
  return new OpenAPIHono<AuthEnv>({ defaultHook: validationHook })
    .openapi(incomingCallRoute, async (c) => {
      const call = await signedForm(deps, c, incomingCallSchema, 'an incoming call');
      // signedForm has refused the request already when Twilio is not configured.
      if (!deps.twilio) throw new AppError('dependency_unavailable', 'Twilio webhooks are not configured here.');
      const twiml = await answerPhoneCall({ ...deps, voiceBridgeUrl: deps.twilio.voiceBridgeUrl }, { callSid: call.CallSid, from: call.From, to: call.To });
      return c.body(twiml, 200, TWIML_HEADERS);
    })
    .openapi(callStatusRoute, async (c) => {
      const report = await signedForm(deps, c, callStatusSchema, 'a call status');
      await recordPhoneCallStatus(deps, { callSid: report.CallSid, to: report.To, status: report.CallStatus, seconds: report.CallDuration ?? null });
      return c.body(null, 204);
    })
    .openapi(transferStatusRoute, async (c) => {
      const report = await signedForm(deps, c, transferStatusSchema, 'a transfer status');
      return c.body(await transferEnded(deps, { callSid: report.CallSid, to: report.To, dialStatus: report.DialCallStatus }), 200, TWIML_HEADERS);
    });
}
