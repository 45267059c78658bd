import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { Booking } from '../domain/call/booking.js';

export type FollowUpInput = {
  tenantId: string;
  callWorkflowId: string;
  callId: string;
  contactId: string;
  /** When staff should phone the family (ISO instant): the next business morning. */
  followUpAt: string;
  booking: Booking | null;
  /** Where the reminder goes; null means no reminder. */
  toPhone: string | null;
};

export type FollowUpView = { followUp: 'waiting' | 'created' | 'cancelled'; reminder: 'waiting' | 'sent' | 'not_needed' | 'cancelled'; booking: Booking | null };

/** Staff cancelled the appointment: no reminder, no follow-up call. */
export const appointmentCancelledSignal = defineSignal('appointment_cancelled');
/** Staff moved the appointment: the reminder follows it. */
export const appointmentMovedSignal = defineSignal<[Booking]>('appointment_moved');
export const followUpStateQuery = defineQuery<FollowUpView>('follow_up_state');

/** The follow-up of a call has one id, so that it is started once however often the call finishes. */
export const followUpWorkflowId = (callWorkflowId: string): string => `follow-up-${callWorkflowId}`;
