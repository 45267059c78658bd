import type { Executor } from '../executor.js';
import type { UsageInvoiceOutcome } from './usage-invoices.js';

// The monthly run writes usage_invoices (usage-invoices.ts); this is the staff page's read of them.

export type UsageInvoiceEntry = { period: string; outcome: UsageInvoiceOutcome; calls: number; voiceWords: number; amountCents: number; currency: string; recordedAt: Date };

/** What each monthly run recorded for the organization, the latest period first. */
export function listUsageInvoices(db: Executor, input: { tenantId: string; limit: number }): Promise<UsageInvoiceEntry[]> {
  return db
    .selectFrom('usage_invoices')
    .select((eb) => [
      'period',
      eb.ref('outcome').$castTo<UsageInvoiceOutcome>().as('outcome'),
      'calls',
      'voice_words as voiceWords',
      'amount_cents as amountCents',
      'currency',
      'created_at as recordedAt',
    ])
    .where('tenant_id', '=', input.tenantId)
    .orderBy('period', 'desc')
    .limit(input.limit)
    .execute();
}
