import { ApplicationFailure } from '@temporalio/common';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { Move, Observation } from './offline-agent/index.js';
import {
  bookAppointmentUpdate,
  checkAvailabilityUpdate,
  holdSlotUpdate,
  transferToStaffUpdate,
} from '../workflows/call-messages.js';

type ToolMove = Exclude<Move, { kind: 'say' }>;

/**
 * Carries out an agent's tool call as the call workflow's update and turns the answer (or the
 * refusal, by its failure type) into what the agent observes. The voice bridge does the same for
 * Deepgram's function calls.
 */
export async function runTool(handle: WorkflowHandle, move: ToolMove): Promise<Observation> {
  try {
    switch (move.kind) {
      case 'check_availability': {
        const answer = await handle.executeUpdate(checkAvailabilityUpdate, {
          args: [{ service: move.service, preference: move.preference, requestedLocalStart: move.requestedLocalStart }],
        });
        return { kind: 'availability', requested: answer.requested, slots: answer.slots };
      }
      case 'hold_slot':
        return { kind: 'held', hold: await handle.executeUpdate(holdSlotUpdate, { args: [{ localStart: move.localStart, service: move.service }] }) };
      case 'book_appointment':
        return { kind: 'booked', booking: await handle.executeUpdate(bookAppointmentUpdate, { args: [{ localStart: move.localStart, service: move.service }] }) };
      case 'transfer_to_staff':
        await handle.executeUpdate(transferToStaffUpdate, { args: [{ reason: move.reason }] });
        return { kind: 'transferred' };
    }
  } catch (error) {
    if (!(error instanceof WorkflowUpdateFailedError) || move.kind === 'transfer_to_staff') throw error;
    const cause = error.cause;
    const code = cause instanceof ApplicationFailure ? (cause.type ?? 'internal') : 'internal';
    return { kind: 'refused', tool: move.kind, code, message: cause?.message ?? error.message };
  }
}
