import type { Executor } from '../executor.js';

export type OutboxPurpose = 'confirmation' | 'reminder' | 'page' | 'price_list';

/** Queues a text once per key: a retried send finds the first one and queues nothing. */
export async function enqueueSms(
  db: Executor,
  input: { tenantId: string; toPhone: string; body: string; purpose: OutboxPurpose; idempotencyKey: string },
): Promise<{ id: string; created: boolean }> {
  const inserted = await db
    .insertInto('sms_outbox')
    .values({
      tenant_id: input.tenantId,
      to_phone: input.toPhone,
      body: input.body,
      purpose: input.purpose,
      idempotency_key: input.idempotencyKey,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .selectFrom('sms_outbox')
    .select('id')
    .where('tenant_id', '=', input.tenantId)
    .where('idempotency_key', '=', input.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed' | 'suppressed';
export type OutboxRow = { id: string; tenantId: string; toPhone: string; body: string; status: OutboxStatus; providerSid: string | null; sendingAt: Date | null };

export async function findOutboxRow(db: Executor, id: string): Promise<OutboxRow | null> {
  const row = await db.selectFrom('sms_outbox').select(['id', 'tenant_id', 'to_phone', 'body', 'status', 'provider_sid', 'sending_at']).where('id', '=', id).executeTakeFirst();
  return row
    ? { id: row.id, tenantId: row.tenant_id, toPhone: row.to_phone, body: row.body, status: row.status as OutboxStatus, providerSid: row.provider_sid, sendingAt: row.sending_at }
    : null;
}

/** Marks the attempt before Twilio is asked, so a retry after a crash knows to look before sending again. */
export async function markOutboxSending(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('sms_outbox').set({ status: 'sending', sending_at: at, updated_at: at }).where('id', '=', id).where('provider_sid', 'is', null).execute();
}

export async function markOutboxSent(db: Executor, input: { id: string; providerSid: string }): Promise<void> {
  await db.updateTable('sms_outbox').set({ status: 'sent', provider_sid: input.providerSid, updated_at: new Date() }).where('id', '=', input.id).execute();
}

export async function markOutboxUnsent(db: Executor, input: { id: string; status: 'failed' | 'suppressed'; detail: string }): Promise<void> {
  await db.updateTable('sms_outbox').set({ status: input.status, status_detail: input.detail, updated_at: new Date() }).where('id', '=', input.id).execute();
}

/** How far a text has got; a status callback never moves one back (Twilio's can arrive out of order). */
const PROGRESS: Record<string, number> = { queued: 0, sending: 1, sent: 2, undelivered: 3, failed: 3, delivered: 4 };

/** Twilio's word on a message it took, by its sid; false when no text of ours has that sid. */
export async function recordDeliveryStatus(db: Executor, input: { providerSid: string; status: 'sent' | 'delivered' | 'undelivered' | 'failed'; detail: string | null }): Promise<boolean> {
  const row = await db.selectFrom('sms_outbox').select(['id', 'status']).where('provider_sid', '=', input.providerSid).executeTakeFirst();
  if (!row) return false;
  if ((PROGRESS[row.status] ?? 0) >= PROGRESS[input.status]!) return true;
  await db.updateTable('sms_outbox').set({ status: input.status, status_detail: input.detail, updated_at: new Date() }).where('id', '=', row.id).execute();
  return true;
}
