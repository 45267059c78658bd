import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../../domain/app-error.js';
import type { Database } from '../../db/database.js';
import { withOrganization } from '../../db/organization-scope.js';
import { findCallDetail, findCallIdOfWorkflow } from '../../db/queries/call-list.js';
import { getTenant } from '../../db/queries/tenants.js';
import type { PracticeCalls } from '../ports/practice-calls.js';

type Scope = { db: Database; tenantId: string; practiceCalls: PracticeCalls };

/** The call's first activity writes its row; a practice call is shown once that row exists. */
const ROW_WAIT_MS = 15_000;

export async function startPracticeCall(scope: Scope, input: { fromPhone: string | null }): Promise<{ callId: string }> {
  const tenant = await withOrganization(scope.db, scope.tenantId, (tx) => getTenant(tx, scope.tenantId));
  const { workflowId } = await scope.practiceCalls.start({ tenantId: tenant.id, tenantName: tenant.name, timeZone: tenant.settings.timeZone, fromPhone: input.fromPhone });
  for (const deadline = Date.now() + ROW_WAIT_MS; Date.now() < deadline; await sleep(50)) {
    const callId = await withOrganization(scope.db, scope.tenantId, (tx) => findCallIdOfWorkflow(tx, { tenantId: scope.tenantId, workflowId }));
    if (callId) return { callId };
  }
  throw new AppError('dependency_unavailable', 'The call started but the call service has not recorded it yet. Please try again in a minute.');
}

async function workflowOf(scope: Scope, callId: string): Promise<string> {
  const call = await withOrganization(scope.db, scope.tenantId, (tx) => findCallDetail(tx, { tenantId: scope.tenantId, id: callId }));
  if (!call) throw new AppError('not_found', `No call ${callId} in this organization.`);
  return call.workflowId;
}

const notOpen = () => new AppError('conflict', 'This practice call has ended. Start a new one to try again.');

export async function sayInPracticeCall(scope: Scope, callId: string, text: string): Promise<{ ended: boolean }> {
  const workflowId = await workflowOf(scope, callId);
  const result = await scope.practiceCalls.say({ tenantId: scope.tenantId, workflowId, text });
  if (!result.found) throw notOpen();
  return { ended: result.ended };
}

export async function hangUpPracticeCall(scope: Scope, callId: string): Promise<void> {
  const workflowId = await workflowOf(scope, callId);
  if (!(await scope.practiceCalls.hangUp({ tenantId: scope.tenantId, workflowId }))) throw notOpen();
}
