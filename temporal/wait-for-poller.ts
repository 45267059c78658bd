// A CommonJS package: Node's ESM loader sees only its default export.
import proto from '@temporalio/proto';
import type { Client } from '@temporalio/client';

const { temporal } = proto;

/**
 * Resolves once a worker polls the task queue for workflow tasks: until then a call would be
 * accepted and wait. Gives up after the timeout, or as soon as `gaveUp` says the worker died.
 */
export async function waitForPoller(
  client: Client,
  options: { namespace: string; taskQueue: string; timeoutMs: number; gaveUp: () => boolean },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline && !options.gaveUp()) {
    const { pollers } = await client.workflowService.describeTaskQueue({
      namespace: options.namespace,
      taskQueue: { name: options.taskQueue },
      taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
    });
    if ((pollers ?? []).length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no worker polls task queue ${options.taskQueue}`);
}
