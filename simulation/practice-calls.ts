import { randomBytes } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { PracticeCalls } from '../api/ports/practice-calls.js';
import { callGreeting } from '../domain/call/greeting.js';
import { openSimulatedCall, type SimulatedCallSession } from './simulated-call.js';

/** A practice call nobody has typed into for this long is hung up, so the map cannot grow without end. */
const IDLE_HANG_UP_MS = 15 * 60_000;

type Open = { tenantId: string; session: SimulatedCallSession; idle: NodeJS.Timeout; queue: Promise<unknown> };

/**
 * Practice calls held in this process. A call's agent memory lives here between the lines staff
 * type; if the API restarts mid-call, the call workflow ends on its own silence timer and staff
 * start another.
 */
export function createPracticeCalls(deps: { temporal: Client; taskQueue: string }): PracticeCalls {
  const open = new Map<string, Open>();

  const close = async (workflowId: string) => {
    const call = open.get(workflowId);
    if (!call) return;
    open.delete(workflowId);
    clearTimeout(call.idle);
    await call.queue.catch(() => undefined);
    await call.session.finish();
  };

  const touch = (workflowId: string, call: Open) => {
    clearTimeout(call.idle);
    call.idle = setTimeout(() => void close(workflowId).catch(() => undefined), IDLE_HANG_UP_MS);
    call.idle.unref();
  };

  const owned = (tenantId: string, workflowId: string) => {
    const call = open.get(workflowId);
    return call && call.tenantId === tenantId ? call : null;
  };

  return {
    async start(input) {
      const session = await openSimulatedCall({
        temporal: deps.temporal,
        taskQueue: deps.taskQueue,
        call: {
          tenantId: input.tenantId,
          callSid: `PRACTICE${randomBytes(8).toString('hex')}`,
          fromPhone: input.fromPhone,
          referenceTime: new Date().toISOString(),
          timeZone: input.timeZone,
        },
        greeting: callGreeting(input.tenantName),
      });
      const call: Open = { tenantId: input.tenantId, session, idle: setTimeout(() => undefined, 0), queue: Promise.resolve() };
      open.set(session.workflowId, call);
      touch(session.workflowId, call);
      return { workflowId: session.workflowId };
    },

    async say(input) {
      const call = owned(input.tenantId, input.workflowId);
      if (!call) return { found: false, ended: true };
      touch(input.workflowId, call);
      // Lines typed quickly are answered in order, one at a time, as a caller's would be.
      const answer = call.queue.then(() => call.session.say(input.text));
      call.queue = answer.catch(() => undefined);
      const { ended } = await answer;
      if (ended) await close(input.workflowId);
      return { found: true, ended };
    },

    async hangUp(input) {
      if (!owned(input.tenantId, input.workflowId)) return false;
      await close(input.workflowId);
      return true;
    },
  };
}
