import type { WorkflowHandle } from '@temporalio/client';
import { startOrAttachCall } from '../../api/operations/start-call.js';
import type { Tenant } from '../../db/queries/tenants.js';
import { instantToLocal } from '../../domain/dates/zoned-time.js';
import type { CallRuntime } from '../../simulation/scenarios/call-runtime.js';
import type { CallWorkflow } from '../../workflows/call-workflow.js';

/** Wednesday 2026-07-08, 09:00 in Chicago: every bench call happens then, so "this Friday" is the 10th. */
export const REFERENCE_TIME = '2026-07-08T14:00:00.000Z';

export const referenceDate = (timeZone: string): string => instantToLocal(REFERENCE_TIME, timeZone).slice(0, 10);

/** A call workflow started the way the voice webhook starts one, for benches that drive its updates directly. */
export function startBenchCall(
  runtime: CallRuntime,
  tenant: Tenant,
  call: { callSid: string; fromPhone: string },
): Promise<WorkflowHandle<typeof CallWorkflow>> {
  return startOrAttachCall({
    temporal: runtime.temporal,
    taskQueue: runtime.taskQueue,
    call: { tenantId: tenant.id, callSid: call.callSid, fromPhone: call.fromPhone, referenceTime: REFERENCE_TIME, timeZone: tenant.settings.timeZone },
  });
}

/** A distinct North American caller ID per call, so every caller becomes their own contact. */
export function benchPhone(index: number): string {
  return `+1312${String(5_550_000 + index).padStart(7, '0')}`;
}
