import type { Database } from '../db/database.js';
import { findLiveAppointmentOfWorkflow } from '../db/queries/calendar.js';
import { findContact } from '../db/queries/contacts.js';
import { createTask } from '../db/queries/tasks.js';
import { getTenant } from '../db/queries/tenants.js';
import type { Booking } from '../domain/call/booking.js';
import { reminderText } from '../domain/call/sms-texts.js';
import { nextBusinessMorning } from '../domain/scheduling/index.js';
import type { SmsSender } from './sms/sms-sender.js';

export function createFollowUpActivities(deps: { db: Database; sms: SmsSender }) {
  return {
    /** When staff should call the family: the organization's next business morning. */
    async planFollowUp(input: { tenantId: string; after: string }): Promise<{ followUpAt: string }> {
      const tenant = await getTenant(deps.db, input.tenantId);
      return { followUpAt: nextBusinessMorning(input.after, tenant.settings) };
    },

    /** A person must call this family back now: a death at home, a body to collect. */
    async createUrgentCallbackTask(input: {
      tenantId: string;
      workflowId: string;
      callId: string;
      contactId: string | null;
      reason: string;
      dueAt: string;
    }): Promise<void> {
      await createTask(deps.db, {
        tenantId: input.tenantId,
        kind: 'urgent_callback',
        title: `Urgent: call back now (${input.reason})`,
        dueAt: input.dueAt,
        contactId: input.contactId,
        callId: input.callId,
        idempotencyKey: `urgent:${input.workflowId}`,
      });
    },

    /** The next-morning call to the family, on the staff task list. */
    async createFollowUpTask(input: { tenantId: string; callWorkflowId: string; callId: string; contactId: string; dueAt: string }): Promise<void> {
      const contact = await findContact(deps.db, { tenantId: input.tenantId, id: input.contactId });
      await createTask(deps.db, {
        tenantId: input.tenantId,
        kind: 'follow_up_call',
        title: `Follow-up call to ${contact?.name ?? 'the family'}`,
        dueAt: input.dueAt,
        contactId: input.contactId,
        callId: input.callId,
        idempotencyKey: `follow-up:${input.callWorkflowId}`,
      });
    },

    /**
     * Texts the reminder a day ahead, if the appointment still stands at that time: the cancel
     * signal stops the timer, and this check covers a change made while the signal was in flight.
     */
    async sendReminderSms(input: { tenantId: string; callWorkflowId: string; toPhone: string; booking: Booking }): Promise<{ sent: boolean }> {
      const live = await findLiveAppointmentOfWorkflow(deps.db, { tenantId: input.tenantId, workflowId: input.callWorkflowId });
      if (live?.status !== 'confirmed' || live.start !== input.booking.start) return { sent: false };
      const tenant = await getTenant(deps.db, input.tenantId);
      await deps.sms.send({
        tenantId: tenant.id,
        to: input.toPhone,
        body: reminderText(tenant.name, input.booking),
        purpose: 'reminder',
        idempotencyKey: `reminder:${input.booking.eventId}:${input.booking.start}`,
      });
      return { sent: true };
    },
  };
}
