import type { Context } from '@temporalio/activity';
import type { ActivityExecuteInput, ActivityInterceptors, Next, ActivityInboundCallsInterceptor } from '@temporalio/worker';

/** How often a running activity says it is alive; the worker's heartbeat throttle matches it. */
export const HEARTBEAT_EVERY_MS = 250;

/**
 * Every activity scheduled with a heartbeat timeout heartbeats while it runs, whatever it does
 * inside. A worker that dies mid-activity then stops heartbeating, and the server retries the
 * activity elsewhere as soon as the heartbeat timeout passes, instead of after the whole
 * start-to-close timeout: on a call, that is the silence the caller hears.
 */
export function heartbeatWhileRunning(ctx: Context): ActivityInterceptors {
  const inbound: ActivityInboundCallsInterceptor = {
    async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
      if (!ctx.info.heartbeatTimeoutMs) return next(input);
      ctx.heartbeat();
      const timer = setInterval(() => ctx.heartbeat(), HEARTBEAT_EVERY_MS);
      try {
        return await next(input);
      } finally {
        clearInterval(timer);
      }
    },
  };
  return { inbound };
}
