import type { Client, WorkflowHandle } from '@temporalio/client';
import { CALLER_PHONE, TENANT_ID } from '../../temporal/search-attributes.js';
import type { CallInput } from '../../workflows/call-messages.js';
import type { CallWorkflow } from '../../workflows/call-workflow.js';

export const callWorkflowId = (callSid: string): string => `call-${callSid}`;

/**
 * Starts the call's workflow, or attaches to it when it is already running: a telephony webhook
 * that is retried, or a bridge that reconnects, reaches the same call, never a second one.
 */
export async function startOrAttachCall(options: { temporal: Client; taskQueue: string; call: CallInput }): Promise<WorkflowHandle<typeof CallWorkflow>> {
  const { call } = options;
  return options.temporal.workflow.start<typeof CallWorkflow>('CallWorkflow', {
    workflowId: callWorkflowId(call.callSid),
    taskQueue: options.taskQueue,
    args: [call],
    workflowIdConflictPolicy: 'USE_EXISTING',
    // A workflow task takes milliseconds; one lost with a crashed worker is handed to another
    // after this long instead of the default ten seconds of a silent line.
    workflowTaskTimeout: '1500 milliseconds',
    typedSearchAttributes: [
      { key: TENANT_ID, value: call.tenantId },
      ...(call.fromPhone ? [{ key: CALLER_PHONE, value: call.fromPhone }] : []),
    ],
  });
}
