import type { AgentMemory, Move, Observation } from './agent-memory.js';
import { hearCaller } from './hear-caller.js';
import { planMove } from './plan-move.js';
import { takeResult } from './take-result.js';

/**
 * The offline agent, one step at a time: fold in what was heard or what a tool answered, then
 * choose the next move. The caller of this function carries out tool moves and feeds the answers
 * back until the move is to speak.
 */
export function decide(memory: AgentMemory, observation: Observation): { memory: AgentMemory; move: Move } {
  const next = observation.kind === 'heard' ? hearCaller(memory, observation) : takeResult(memory, observation);
  return planMove(next);
}
