import type { Database } from '../../db/database.js';
import { enqueueSms } from '../../db/queries/sms-outbox.js';
import type { SmsSender } from './sms-sender.js';

/** Writes texts to the sms_outbox table, where staff can see them and a carrier can pick them up. */
export function createOutboxSmsSender(db: Database): SmsSender {
  return {
    async send(message) {
      const queued = await enqueueSms(db, {
        tenantId: message.tenantId,
        toPhone: message.to,
        body: message.body,
        purpose: message.purpose,
        idempotencyKey: message.idempotencyKey,
      });
      return { messageId: queued.id };
    },
  };
}
