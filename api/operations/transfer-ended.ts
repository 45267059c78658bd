import type { Logger } from '../../config/logger.js';
import type { Database } from '../../db/database.js';
import { withOrganization } from '../../db/organization-scope.js';
import { findCallByWorkflow } from '../../db/queries/calls.js';
import { createTask } from '../../db/queries/tasks.js';
import { findOrganizationOfNumber } from '../../db/queries/texts-in.js';
import { hangUpTwiml, sayAndHangUpTwiml } from '../twiml.js';
import { callWorkflowId } from './start-call.js';

export const NOBODY_ANSWERED = "I'm so sorry, nobody could come to the phone just now. A member of our team will call you back on this number very shortly. Goodbye.";

/** Twilio's DialCallStatus values for a dial someone picked up. */
const ANSWERED = new Set(['completed', 'answered']);

/**
 * How putting a caller through to the person on call ended. Answered: the conversation is over when
 * they hang up. Not answered (busy, no answer, failed): the caller is told a person will call back,
 * and that call-back goes on the task list, once however often Twilio reports it.
 */
export async function transferEnded(deps: { db: Database; logger: Logger }, report: { callSid: string; to: string; dialStatus: string }): Promise<string> {
  const tenantId = await findOrganizationOfNumber(deps.db, report.to);
  if (!tenantId || ANSWERED.has(report.dialStatus)) return hangUpTwiml();
  const workflowId = callWorkflowId(report.callSid);
  await withOrganization(deps.db, tenantId, async (tx) => {
    const call = await findCallByWorkflow(tx, { tenantId, workflowId });
    await createTask(tx, {
      tenantId,
      kind: 'urgent_callback',
      title: 'Urgent: call back now (put through to the person on call, but nobody answered)',
      dueAt: new Date().toISOString(),
      contactId: call?.contactId ?? null,
      callId: call?.id ?? null,
      // The key the call itself would have used: one call-back per call, whoever makes it.
      idempotencyKey: `urgent:${workflowId}`,
    });
  });
  deps.logger.warn({ tenantId, callSid: report.callSid, dialStatus: report.dialStatus, alert: 'transfer_unanswered' }, 'nobody answered a transferred call; call-back task left');
  return sayAndHangUpTwiml(NOBODY_ANSWERED);
}
