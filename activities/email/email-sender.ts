import type { EmailPurpose } from '../../db/queries/email-outbox.js';

/** An email to a person. The key makes sending it twice the same as sending it once. */
export type OutgoingEmail = {
  /** The organization it is sent for; none for mail about a person's own account (a password reset). */
  tenantId: string | null;
  to: string;
  subject: string;
  /** Plain text. */
  body: string;
  purpose: EmailPurpose;
  idempotencyKey: string;
};

/** Where emails go: the local outbox until a mail provider is configured. */
export type EmailSender = {
  send(message: OutgoingEmail): Promise<{ messageId: string }>;
};
