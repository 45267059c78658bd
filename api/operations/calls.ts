import type { Client } from '@temporalio/client';
import { AppError } from '../../domain/app-error.js';
import { PAGED_KINDS } from '../../domain/first-call/call-kind.js';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/executor.js';
import { withOrganization } from '../../db/organization-scope.js';
import { findCallDetail, listCalls as listCallRows, type CallDetail, type CallFilter } from '../../db/queries/call-list.js';
import { listPriceQuotes, type PriceQuote } from '../../db/queries/call-price-quotes.js';
import { callStateQuery, type CallStage } from '../../workflows/call-messages.js';
import { readCallPage, type CallPageView } from './call-page.js';

type Scope = { db: Database; tenantId: string };

export function listCalls(scope: Scope, filter: Omit<CallFilter, 'tenantId'> & { limit: number; offset: number }) {
  return withOrganization(scope.db, scope.tenantId, (tx) => listCallRows(tx, { ...filter, tenantId: scope.tenantId }));
}

export type CallView = CallDetail & { stage: CallStage | null; page: CallPageView | null; pricesQuoted: PriceQuote[] };

/** How long a live call's own state may take to answer before the stored record is shown instead. */
const LIVE_STATE_TIMEOUT_MS = 2_000;

/** The stored call with its page and the prices it quoted, or null when it is not this organization's. */
async function storedCall(tx: Tx, tenantId: string, id: string): Promise<Omit<CallView, 'stage'> | null> {
  const call = await findCallDetail(tx, { tenantId, id });
  if (!call) return null;
  const page = await readCallPage(tx, { tenantId, callId: id });
  return { ...call, page, pricesQuoted: await listPriceQuotes(tx, { tenantId, callId: id }) };
}

/**
 * The call as staff see it. While it is in progress the workflow itself says what has been said
 * and understood so far (the stored row is written when the call ends); afterwards the row does.
 */
export async function getCall(scope: Scope & { temporal: Client }, id: string): Promise<CallView> {
  const call = await withOrganization(scope.db, scope.tenantId, (tx) => storedCall(tx, scope.tenantId, id));
  if (!call) throw new AppError('not_found', `No call ${id} in this organization.`);
  if (call.status !== 'in_progress') return { ...call, stage: 'ended' };
  try {
    const handle = scope.temporal.workflow.getHandle(call.workflowId);
    const live = await scope.temporal.withDeadline(Date.now() + LIVE_STATE_TIMEOUT_MS, () => handle.query(callStateQuery));
    // Calls recorded before first calls were read have no kind in their state.
    const kind = live.kind ?? call.kind;
    return {
      ...call,
      transcript: live.turns,
      extracted: live.details,
      urgent: call.urgent || live.urgent,
      urgencyReason: call.urgencyReason ?? live.urgencyReason,
      kind,
      firstCall: live.kind && live.sheet ? (PAGED_KINDS.has(live.kind) ? live.sheet : null) : call.firstCall,
      // Calls recorded before timings were kept have none in their state.
      timings: live.timings ? [...live.timings] : call.timings,
      stage: live.stage,
    };
  } catch {
    // The workflow closed between the read and the query, or no worker answered in time: the row
    // is the truth that remains.
    const after = await withOrganization(scope.db, scope.tenantId, (tx) => storedCall(tx, scope.tenantId, id));
    return { ...(after ?? call), stage: after?.status === 'completed' ? 'ended' : null };
  }
}
