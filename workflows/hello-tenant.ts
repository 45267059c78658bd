import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { HelloActivities, HelloResult } from '../activities/hello.js';

const { recordHello } = proxyActivities<HelloActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumAttempts: 5 },
});

/** Proves the chain API → Temporal → worker → Postgres for one organization. */
export async function HelloTenant(input: { tenantId: string }): Promise<HelloResult> {
  return recordHello({ tenantId: input.tenantId, workflowId: workflowInfo().workflowId });
}
