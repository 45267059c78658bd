import type { Executor } from '../executor.js';

export type EmailPurpose = 'invitation' | 'password_reset' | 'payment_failed' | 'price_list';

/** Queues an email once per key: a retried send finds the first one and queues nothing. */
export async function enqueueEmail(
  db: Executor,
  input: { tenantId: string | null; to: string; subject: string; body: string; purpose: EmailPurpose; idempotencyKey: string },
): Promise<{ id: string; created: boolean }> {
  const inserted = await db
    .insertInto('email_outbox')
    .values({
      tenant_id: input.tenantId,
      to_email: input.to,
      subject: input.subject,
      body: input.body,
      purpose: input.purpose,
      idempotency_key: input.idempotencyKey,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db.selectFrom('email_outbox').select('id').where('idempotency_key', '=', input.idempotencyKey).executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}
