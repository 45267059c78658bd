import type { Client } from '@temporalio/client';
import { AppError } from '../../domain/app-error.js';
import { TENANT_ID } from '../../temporal/search-attributes.js';
import type { HelloTenant } from '../../workflows/hello-tenant.js';

const RESULT_TIMEOUT_MS = 15_000;

export async function runHelloTenant(options: {
  temporal: Client;
  taskQueue: string;
  tenantId: string;
  requestId: string;
}): Promise<{ greeting: string; runs: number; workflowId: string }> {
  const workflowId = `hello-${options.tenantId}-${options.requestId}`;
  const handle = await options.temporal.workflow.start<typeof HelloTenant>('HelloTenant', {
    workflowId,
    taskQueue: options.taskQueue,
    args: [{ tenantId: options.tenantId }],
    typedSearchAttributes: [{ key: TENANT_ID, value: options.tenantId }],
    workflowExecutionTimeout: '1 minute',
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new AppError('dependency_unavailable', 'No worker answered the connection check in time. Is the worker running?')),
      RESULT_TIMEOUT_MS,
    ).unref(),
  );
  const result = await Promise.race([handle.result(), timeout]);
  return { ...result, workflowId };
}
