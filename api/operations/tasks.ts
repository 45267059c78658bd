import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { AppError } from '../../domain/app-error.js';
import { findOpenPageOfTask } from '../../db/queries/pages.js';
import { calledBackSignal } from '../../workflows/paging-messages.js';
import type { Database } from '../../db/database.js';
import { withOrganization } from '../../db/organization-scope.js';
import { listTasks as listTaskRows, markTaskDone } from '../../db/queries/tasks.js';

type Scope = { db: Database; tenantId: string };

export function listTasks(scope: Scope, input: { status?: 'open' | 'done'; limit: number }) {
  return withOrganization(scope.db, scope.tenantId, (tx) => listTaskRows(tx, { ...input, tenantId: scope.tenantId }));
}

/**
 * Done is done: marking it again keeps who did it first. An urgent call's callback task done means
 * someone called the family back: the call's page stops escalating.
 */
export async function completeTask(scope: Scope & { userId: string; userName: string; temporal: Client }, id: string): Promise<void> {
  const { found, page } = await withOrganization(scope.db, scope.tenantId, async (tx) => ({
    found: await markTaskDone(tx, { tenantId: scope.tenantId, id, userId: scope.userId, at: new Date() }),
    page: await findOpenPageOfTask(tx, { tenantId: scope.tenantId, taskId: id }),
  }));
  if (!found) throw new AppError('not_found', `No task ${id} in this organization.`);
  if (!page) return;
  try {
    await scope.temporal.workflow.getHandle(page.workflowId).signal(calledBackSignal, { by: scope.userName });
  } catch (error) {
    // A page that has already ended has nothing left to stop.
    if (!(error instanceof WorkflowNotFoundError)) throw error;
  }
}
