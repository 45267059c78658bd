import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Logger } from '../../config/logger.js';
import type { Database } from '../../db/database.js';
import { recordTelephonyEnd } from '../../db/queries/calls.js';
import { getTenant } from '../../db/queries/tenants.js';
import { findOrganizationOfNumber } from '../../db/queries/texts-in.js';
import { callGreeting } from '../../domain/call/greeting.js';
import { hangUpSignal } from '../../workflows/call-messages.js';
import { connectStreamTwiml, sayAndHangUpTwiml } from '../twiml.js';
import { callWorkflowId, startOrAttachCall } from './start-call.js';

type Deps = { db: Database; temporal: Client; taskQueue: string; logger: Logger };

export const NOT_OUR_NUMBER = "We're sorry, this number is not in service with us. Goodbye.";
export const CANNOT_ANSWER_NOW = "We're sorry, we can't take your call just now. Please call again in a few minutes.";

/** A caller ID the network withheld ("anonymous", "+266696687") is no number to call back. */
const callerIdOf = (from: string) => (/^\+[1-9]\d{6,14}$/.test(from) && from !== '+266696687' ? from : null);

/**
 * A call to one of an organization's numbers: its workflow is started, or found again when Twilio
 * retries the webhook, and the audio is connected to the voice bridge, which learns the call and
 * what to say first from the stream's parameters.
 */
export async function answerPhoneCall(deps: Deps & { voiceBridgeUrl: string }, call: { callSid: string; from: string; to: string }): Promise<string> {
  const tenantId = await findOrganizationOfNumber(deps.db, call.to);
  if (!tenantId) {
    deps.logger.warn({ callSid: call.callSid }, 'call to a number of no organization');
    return sayAndHangUpTwiml(NOT_OUR_NUMBER);
  }
  try {
    const tenant = await getTenant(deps.db, tenantId);
    const input = { tenantId, callSid: call.callSid, fromPhone: callerIdOf(call.from), referenceTime: new Date().toISOString(), timeZone: tenant.settings.timeZone };
    await startOrAttachCall({ temporal: deps.temporal, taskQueue: deps.taskQueue, call: input });
    deps.logger.info({ tenantId, callSid: call.callSid }, 'call answered');
    return connectStreamTwiml(deps.voiceBridgeUrl, {
      tenantId,
      callSid: call.callSid,
      workflowId: callWorkflowId(call.callSid),
      organizationName: tenant.name,
      greeting: callGreeting(tenant.name),
    });
  } catch (error) {
    // Said, not silence: a caller who hears nothing thinks the line is dead and calls elsewhere.
    deps.logger.error({ err: error, tenantId, callSid: call.callSid }, 'could not start the call');
    return sayAndHangUpTwiml(CANNOT_ANSWER_NOW);
  }
}

const ENDED = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

/** Twilio's word that a call ended: kept on the call, and the call's workflow told the line is gone. */
export async function recordPhoneCallStatus(deps: Deps, report: { callSid: string; to: string; status: string; seconds: number | null }): Promise<void> {
  const tenantId = await findOrganizationOfNumber(deps.db, report.to);
  if (!tenantId || !ENDED.has(report.status)) return;
  await recordTelephonyEnd(deps.db, { tenantId, callSid: report.callSid, status: report.status, seconds: report.seconds });
  try {
    await deps.temporal.workflow.getHandle(callWorkflowId(report.callSid)).signal(hangUpSignal);
  } catch (error) {
    // The call had already ended on its own (the agent said goodbye).
    if (!(error instanceof WorkflowNotFoundError)) throw error;
  }
}
