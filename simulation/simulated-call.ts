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

export type SimulatedCall = { workflowId: string; summary: CallSummary; turns: CallTurn[] };

/**
 * A phone call in text: the caller's lines, one per turn, and the offline agent answering through
 * the very signals and updates the voice bridge uses, on the real call workflow.
 */
export async function runSimulatedCall(options: {
  temporal: Client;
  taskQueue: string;
  call: CallInput;
  greeting: string;
  callerLines: readonly string[];
  onTurn?: (turn: CallTurn) => void;
}): Promise<SimulatedCall> {
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
  await speak({ role: 'agent', text: options.greeting });
  for (const line of options.callerLines) {
    await speak({ role: 'caller', text: line });
    const reading = await handle.executeUpdate(saveCallerDetailsUpdate, { args: [{}] });
    let observation: Observation = { kind: 'heard', text: line, ...reading };
    for (;;) {
      const step = decide(memory, observation);
      memory = step.memory;
      if (step.move.kind === 'say') {
        if (step.move.text) await speak({ role: 'agent', text: step.move.text });
        break;
      }
      observation = await runTool(handle, step.move);
    }
    if (memory.ended) break;
  }
  // The caller's lines ran out: they hung up, unless the agent had already said goodbye.
  const summary = await handle.executeUpdate(endCallUpdate, { args: [{ reason: memory.ended ? 'agent' : 'caller' }] });
  return { workflowId, summary, turns };
}
