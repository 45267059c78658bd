import { ApplicationFailure } from '@temporalio/common';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { Move, Observation } from './offline-agent/index.js';
import {
  bookAppointmentUpdate,
  checkAvailabilityUpdate,
  answerQuestionUpdate,
  holdSlotUpdate,
  lookUpPricesUpdate,
  sendPriceListUpdate,
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
      case 'look_up_prices':
        return { kind: 'prices', ...(await handle.executeUpdate(lookUpPricesUpdate, { args: [{ question: move.question }] })) };
      case 'send_price_list':
        return { kind: 'price_list_sent', ...(await handle.executeUpdate(sendPriceListUpdate, { args: [{ channel: move.channel }] })) };
      case 'answer_question':
        return { kind: 'answered', ...(await handle.executeUpdate(answerQuestionUpdate, { args: [{ question: move.question }] })) };
      case 'transfer_to_staff':
        await handle.executeUpdate(transferToStaffUpdate, { args: [{ reason: move.reason }] });
        return { kind: 'transferred' };
    }
  } catch (error) {
    if (!(error instanceof WorkflowUpdateFailedError) || !isRefusable(move.kind)) throw error;
    const cause = error.cause;
    const code = cause instanceof ApplicationFailure ? (cause.type ?? 'internal') : 'internal';
    return { kind: 'refused', tool: move.kind as 'hold_slot' | 'book_appointment' | 'check_availability' | 'send_price_list', code, message: cause?.message ?? error.message };
  }
}

/** Tools whose refusal the agent answers in words: a time taken, no address to send a list to. */
function isRefusable(kind: ToolMove['kind']): boolean {
  return kind === 'check_availability' || kind === 'hold_slot' || kind === 'book_appointment' || kind === 'send_price_list';
}
