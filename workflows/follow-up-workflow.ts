import { condition, setHandler } from '@temporalio/workflow';
import { reminderInstant } from '../domain/scheduling/index.js';
import { afterCall } from './call-activities.js';
import {
  appointmentCancelledSignal,
  appointmentMovedSignal,
  followUpStateQuery,
  type FollowUpInput,
  type FollowUpView,
} from './follow-up-messages.js';

const msUntil = (instant: string) => Date.parse(instant) - Date.now();

/**
 * After a call: a follow-up call task on the next business morning and a reminder text a day
 * before the appointment, as durable timers. Cancelling the appointment stops both; moving it moves
 * the reminder.
 */
export async function AppointmentFollowUpWorkflow(input: FollowUpInput): Promise<FollowUpView> {
  const state: FollowUpView = { followUp: 'waiting', reminder: input.booking && input.toPhone ? 'waiting' : 'not_needed', booking: input.booking };
  let cancelled = false;

  setHandler(appointmentCancelledSignal, () => {
    cancelled = true;
  });
  setHandler(appointmentMovedSignal, (moved) => {
    state.booking = moved;
  });
  setHandler(followUpStateQuery, () => state);

  async function followUp(): Promise<void> {
    const stopped = await condition(() => cancelled, Math.max(1, msUntil(input.followUpAt)));
    if (stopped) {
      state.followUp = 'cancelled';
      return;
    }
    await afterCall.createFollowUpTask({ tenantId: input.tenantId, callWorkflowId: input.callWorkflowId, callId: input.callId, contactId: input.contactId, dueAt: input.followUpAt });
    state.followUp = 'created';
  }

  async function reminder(): Promise<void> {
    while (state.reminder === 'waiting') {
      const booking = state.booking!;
      const remindAt = reminderInstant(booking.start);
      // Booked less than a day ahead: the confirmation text was the reminder.
      if (msUntil(remindAt) <= 0) {
        state.reminder = 'not_needed';
        return;
      }
      const changed = await condition(() => cancelled || state.booking !== booking, msUntil(remindAt));
      if (cancelled) state.reminder = 'cancelled';
      if (changed) continue;
      const { sent } = await afterCall.sendReminderSms({ tenantId: input.tenantId, callWorkflowId: input.callWorkflowId, toPhone: input.toPhone!, booking });
      state.reminder = sent ? 'sent' : 'cancelled';
    }
  }

  await Promise.all([followUp(), reminder()]);
  return state;
}
