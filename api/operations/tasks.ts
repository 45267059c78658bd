import { AppError } from '../../domain/app-error.js';
import type { Database } from '../../db/database.js';
import { withOrganization } from '../../db/organization-scope.js';
import { listTasks as listTaskRows, markTaskDone } from '../../db/queries/tasks.js';

type Scope = { db: Database; tenantId: string };

export function listTasks(scope: Scope, input: { status?: 'open' | 'done'; limit: number }) {
  return withOrganization(scope.db, scope.tenantId, (tx) => listTaskRows(tx, { ...input, tenantId: scope.tenantId }));
}

/** Done is done: marking it again keeps who did it first. An urgent call's callback task done means someone called back. */
export async function completeTask(scope: Scope & { userId: string }, id: string): Promise<void> {
  const found = await withOrganization(scope.db, scope.tenantId, (tx) => markTaskDone(tx, { tenantId: scope.tenantId, id, userId: scope.userId, at: new Date() }));
  if (!found) throw new AppError('not_found', `No task ${id} in this organization.`);
}
