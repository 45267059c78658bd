import type { OutboxPurpose } from '../../db/queries/sms-outbox.js';

/** A text message to a caller. The key makes sending it twice the same as sending it once. */
export type OutgoingSms = {
  tenantId: string;
  to: string;
  body: string;
  purpose: OutboxPurpose;
  idempotencyKey: string;
};

/** Where texts go: the local outbox until a carrier is configured. */
export type SmsSender = {
  send(message: OutgoingSms): Promise<{ messageId: string }>;
};
