import { WithStartWorkflowOperation } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callWorkflowId, startOrAttachCall } from '../api/operations/start-call.js';
import { insertTenant, type Tenant } from '../db/queries/tenants.js';
import { localToInstant } from '../domain/dates/zoned-time.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { endCallUpdate, holdSlotUpdate, type CallInput } from './call-messages.js';
import type { CallWorkflow } from './call-workflow.js';

// Telephony retries its webhooks and a bridge may reconnect: every start of call-<CallSid> must
// reach the one running call, and an update sent with the start must find the call ready.

const ZONE = 'America/Chicago';
let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
let tenant: Tenant;
beforeAll(async () => {
  harness = await startWorkerHarness();
  tenant = await insertTenant(harness.db, { name: 'Attach Chapel', slug: `attach-${Date.now()}`, isDemo: false, settings: defaultTenantSettings(ZONE) });
});
afterAll(() => harness.stop());

const callInput = (callSid: string): CallInput => ({ tenantId: tenant.id, callSid, fromPhone: '+13125550177', referenceTime: localToInstant('2026-07-08T09:00', ZONE)!, timeZone: ZONE });

describe('starting a call', () => {
  it('attaches a retried start to the call already running instead of failing or starting another', async () => {
    const call = callInput(`ATTACH${Date.now()}`);
    const first = await startOrAttachCall({ temporal: harness.temporal, taskQueue: harness.taskQueue, call });
    const retried = await startOrAttachCall({ temporal: harness.temporal, taskQueue: harness.taskQueue, call });
    expect((await retried.describe()).runId).toBe((await first.describe()).runId);
    await first.executeUpdate(endCallUpdate, { args: [{ reason: 'caller' }] });
    const rows = await harness.db.selectFrom('calls').select('workflow_id').where('tenant_id', '=', tenant.id).where('workflow_id', '=', callWorkflowId(call.callSid)).execute();
    expect(rows).toHaveLength(1);
  });

  it('holds a time asked for in the same request that starts the call, against the call row', async () => {
    const call = callInput(`WITHSTART${Date.now()}`);
    const start = new WithStartWorkflowOperation<typeof CallWorkflow>('CallWorkflow', {
      workflowId: callWorkflowId(call.callSid),
      taskQueue: harness.taskQueue,
      args: [call],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    const hold = await harness.temporal.workflow.executeUpdateWithStart(holdSlotUpdate, {
      args: [{ localStart: '2026-07-10T10:00', service: 'consultation' }],
      startWorkflowOperation: start,
    });
    expect(hold.localStart).toBe('2026-07-10T10:00');
    const callRow = await harness.db.selectFrom('calls').select('id').where('workflow_id', '=', callWorkflowId(call.callSid)).executeTakeFirstOrThrow();
    const held = await harness.db.selectFrom('calendar_events').select(['call_id', 'status']).where('id', '=', hold.eventId).executeTakeFirstOrThrow();
    expect(held.call_id).toBe(callRow.id);
    const handle = await start.workflowHandle();
    await handle.executeUpdate(endCallUpdate, { args: [{ reason: 'caller' }] });
  });
});
