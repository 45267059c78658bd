/** A text message to a caller. The key makes sending it twice the same as sending it once. */
export type OutgoingSms = {
  tenantId: string;
  to: string;
  body: string;
  purpose: 'confirmation' | 'reminder' | 'page' | 'price_list';
  idempotencyKey: string;
};

/** Where texts go: the local outbox until a carrier is configured. */
export type SmsSender = {
  send(message: OutgoingSms): Promise<{ messageId: string }>;
};
