import type { Database } from '../db/database.js';
import { getTenant } from '../db/queries/tenants.js';
import type { Booking } from '../domain/call/booking.js';
import { confirmationText } from '../domain/call/sms-texts.js';
import type { SmsSender } from './sms/sms-sender.js';

export function createConfirmationSmsActivities(deps: { db: Database; sms: SmsSender }) {
  return {
    /** Texts the confirmation number once per booking and number, however often it is retried. */
    async sendConfirmationSms(input: { tenantId: string; workflowId: string; toPhone: string; booking: Booking }): Promise<{ messageId: string }> {
      const tenant = await getTenant(deps.db, input.tenantId);
      return deps.sms.send({
        tenantId: tenant.id,
        to: input.toPhone,
        body: confirmationText(tenant.name, input.booking),
        purpose: 'confirmation',
        idempotencyKey: `confirmation:${input.workflowId}:${input.booking.confirmation}:${input.toPhone}`,
      });
    },
  };
}
