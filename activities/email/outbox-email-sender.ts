import type { Database } from '../../db/database.js';
import { enqueueEmail } from '../../db/queries/email-outbox.js';
import type { EmailSender } from './email-sender.js';

/** Writes emails to the email_outbox table, where a mail provider can pick them up. */
export function createOutboxEmailSender(db: Database): EmailSender {
  return {
    async send(message) {
      const queued = await enqueueEmail(db, message);
      return { messageId: queued.id };
    },
  };
}
