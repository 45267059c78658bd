import type { Client } from '@temporalio/client';
import type { CallTurn } from '../domain/extraction/call-turn.js';
import { createAgentMemory, decide, type AgentMemory, type Observation } from './offline-agent/index.js';
import { instantToLocal } from '../domain/dates/zoned-time.js';
import {
  endCallUpdate,
  saveCallerDetailsUpdate,
  turnSignal,
  type CallInput,
  type CallSummary,
} from '../workflows/call-messages.js';
import { callWorkflowId, startOrAttachCall } from '../api/operations/start-call.js';
import { runTool } from './call-tools.js';
import { EMPTY_FIRST_CALL_SHEET } from '../domain/first-call/first-call-sheet.js';

export type SimulatedCall = { workflowId: string; summary: CallSummary; turns: CallTurn[] };

/** A call in progress that is given the caller's lines one at a time (the staff UI types them). */
export type SimulatedCallSession = {
  workflowId: string;
  turns: readonly CallTurn[];
  /** The caller says one line; the agent answers (using its tools) before this resolves. */
  say(line: string): Promise<{ ended: boolean }>;
  /** The call ends: by the agent if it said goodbye, else the caller hung up. Safe to repeat. */
  finish(): Promise<CallSummary>;
};

type CallOptions = { temporal: Client; taskQueue: string; call: CallInput; greeting: string; onTurn?: (turn: CallTurn) => void };

/**
 * A phone call in text: the caller's lines, one per turn, and the offline agent answering through
 * the very signals and updates the voice bridge uses, on the real call workflow.
 */
export async function openSimulatedCall(options: CallOptions): Promise<SimulatedCallSession> {
  const { call } = options;
  const workflowId = callWorkflowId(call.callSid);
  const handle = await startOrAttachCall({ temporal: options.temporal, taskQueue: options.taskQueue, call });
  // What was said, as the line heard it. Kept here rather than queried from the call at the end:
  // a query after the call has closed needs a worker, and the call's answer must not hang on one.
  const turns: CallTurn[] = [];
  const speak = async (turn: CallTurn) => {
    await handle.signal(turnSignal, turn);
    turns.push(turn);
    options.onTurn?.(turn);
  };

  let memory: AgentMemory = createAgentMemory({
    referenceLocal: instantToLocal(call.referenceTime, call.timeZone),
    timeZone: call.timeZone,
    callerId: call.fromPhone,
  });
  let summary: Promise<CallSummary> | null = null;
  await speak({ role: 'agent', text: options.greeting });

  return {
    workflowId,
    turns,
    async say(line) {
      if (memory.ended || summary) return { ended: true };
      await speak({ role: 'caller', text: line });
      const reading = await handle.executeUpdate(saveCallerDetailsUpdate, { args: [{}] });
      let observation: Observation = {
        kind: 'heard',
        text: line,
        details: reading.details,
        intent: reading.intent,
        service: reading.service,
        callKind: reading.kind ?? null,
        sheet: reading.sheet ?? EMPTY_FIRST_CALL_SHEET,
        page: reading.page ?? null,
      };
      for (;;) {
        const step = decide(memory, observation);
        memory = step.memory;
        if (step.move.kind === 'say') {
          if (step.move.text) await speak({ role: 'agent', text: step.move.text });
          break;
        }
        observation = await runTool(handle, step.move);
      }
      return { ended: memory.ended };
    },
    finish() {
      summary ??= handle.executeUpdate(endCallUpdate, { args: [{ reason: memory.ended ? 'agent' : 'caller' }] });
      return summary;
    },
  };
}

export async function runSimulatedCall(options: CallOptions & { callerLines: readonly string[] }): Promise<SimulatedCall> {
  const session = await openSimulatedCall(options);
  for (const line of options.callerLines) {
    if ((await session.say(line)).ended) break;
  }
  // The caller's lines ran out: they hung up, unless the agent had already said goodbye.
  const summary = await session.finish();
  return { workflowId: session.workflowId, summary, turns: [...session.turns] };
}
