import type { Client } from '@temporalio/client';
import { AppError } from '../../domain/app-error.js';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/executor.js';
import { withOrganization } from '../../db/organization-scope.js';
import { findCallRecord } from '../../db/queries/calls.js';
import { findPageOfCall, listPageSteps, markPageCalledBack, recordPageStep, type PageRecord, type PageStep } from '../../db/queries/pages.js';
import { markCallbackTasksOfCallDone } from '../../db/queries/tasks.js';
import { pageWorkflowId } from '../../workflows/paging-messages.js';
import { signalCalledBack } from './page-workflow.js';

export type CallPageView = PageRecord & { steps: PageStep[] };

/** The call's page and what happened to it, step by step; null when the call paged nobody. */
export async function readCallPage(tx: Tx, input: { tenantId: string; callId: string }): Promise<CallPageView | null> {
  const page = await findPageOfCall(tx, input);
  return page && { ...page, steps: await listPageSteps(tx, { tenantId: input.tenantId, pageId: page.id }) };
}

type Scope = { db: Database; temporal: Client; tenantId: string; user: { id: string; name: string } };

/**
 * Staff log that the family has been called back: the page stops holding anyone to the promise,
 * and the call's urgent call-back task is done, by them.
 */
export async function logCallBack(scope: Scope, callId: string): Promise<void> {
  const { tenantId } = scope;
  const { workflowId, page } = await withOrganization(scope.db, tenantId, async (tx) => {
    const call = await findCallRecord(tx, { tenantId, id: callId });
    if (!call) throw new AppError('not_found', `No call ${callId} in this organization.`);
    const found = await findPageOfCall(tx, { tenantId, callId });
    if (!found) throw new AppError('not_found', 'This call paged nobody, so there is no call back to log here. Mark its task done instead.');
    if (found.status === 'called_back') throw new AppError('conflict', `The call back is already logged${found.calledBackBy ? ` by ${found.calledBackBy}` : ''}.`);
    return { workflowId: call.workflowId, page: found };
  });
  const signalled = await signalCalledBack(scope.temporal, pageWorkflowId(workflowId), scope.user.name);
  const at = new Date();
  await withOrganization(scope.db, tenantId, async (tx) => {
    // A page whose workflow has ended (nobody took it, and its reminders ran out) is recorded here,
    // as its workflow would have: the same step key keeps it once.
    if (!signalled) {
      await markPageCalledBack(tx, { tenantId, pageId: page.id, by: scope.user.name, at: at.toISOString() });
      await recordPageStep(tx, { tenantId, pageId: page.id, key: 'called-back', kind: 'called_back', personName: scope.user.name, at: at.toISOString() });
    }
    await markCallbackTasksOfCallDone(tx, { tenantId, callId, userId: scope.user.id, at });
  });
}
