import type { Client } from '@temporalio/client';
import { AppError } from '../../domain/app-error.js';
import type { Database } from '../../db/database.js';
import { withOrganization } from '../../db/organization-scope.js';
import { findCallDetail, listCalls as listCallRows, type CallDetail, type CallFilter } from '../../db/queries/call-list.js';
import { callStateQuery, type CallStage } from '../../workflows/call-messages.js';

type Scope = { db: Database; tenantId: string };

export function listCalls(scope: Scope, filter: Omit<CallFilter, 'tenantId'> & { limit: number; offset: number }) {
  return withOrganization(scope.db, scope.tenantId, (tx) => listCallRows(tx, { ...filter, tenantId: scope.tenantId }));
}

export type CallView = CallDetail & { stage: CallStage | null };

/** How long a live call's own state may take to answer before the stored record is shown instead. */
const LIVE_STATE_TIMEOUT_MS = 2_000;

/**
 * The call as staff see it. While it is in progress the workflow itself says what has been said
 * and understood so far (the stored row is written when the call ends); afterwards the row does.
 */
export async function getCall(scope: Scope & { temporal: Client }, id: string): Promise<CallView> {
  const call = await withOrganization(scope.db, scope.tenantId, (tx) => findCallDetail(tx, { tenantId: scope.tenantId, id }));
  if (!call) throw new AppError('not_found', `No call ${id} in this organization.`);
  if (call.status !== 'in_progress') return { ...call, stage: 'ended' };
  try {
    const handle = scope.temporal.workflow.getHandle(call.workflowId);
    const live = await scope.temporal.withDeadline(Date.now() + LIVE_STATE_TIMEOUT_MS, () => handle.query(callStateQuery));
    return { ...call, transcript: live.turns, extracted: live.details, urgent: call.urgent || live.urgent, urgencyReason: call.urgencyReason ?? live.urgencyReason, stage: live.stage };
  } catch {
    // The workflow closed between the read and the query, or no worker answered in time: the row
    // is the truth that remains.
    const after = await withOrganization(scope.db, scope.tenantId, (tx) => findCallDetail(tx, { tenantId: scope.tenantId, id }));
    return { ...(after ?? call), stage: after?.status === 'completed' ? 'ended' : null };
  }
}
