import { sql, type Selectable, type WhereInterface } from 'kysely';
import type { UsageTotals } from '../../domain/billing/usage-charges.js';
import type { Database } from '../database.js';
import type { Executor } from '../executor.js';
import type { DB, UsageInvoices } from '../generated/database.js';

export type UsageInvoiceOutcome = 'reported' | 'exempt' | 'nothing_used';

export type UsageInvoice = UsageTotals & {
  tenantId: string;
  period: string;
  outcome: UsageInvoiceOutcome;
  amountCents: number;
  currency: string;
  stripeInvoiceItemIds: string[];
  createdAt: Date;
};

/** Which usage a period's invoice takes: not yet reported, used before the period ended, recorded before the run began. */
export type UsageCut = { tenantId: string; before: Date; recordedBefore: Date };

function toUsageInvoice(row: Selectable<UsageInvoices>): UsageInvoice {
  return {
    tenantId: row.tenant_id,
    period: row.period,
    outcome: row.outcome as UsageInvoiceOutcome,
    calls: row.calls,
    voiceWords: row.voice_words,
    amountCents: row.amount_cents,
    currency: row.currency,
    stripeInvoiceItemIds: row.stripe_invoice_item_ids,
    createdAt: row.created_at,
  };
}

export async function findUsageInvoice(db: Executor, input: { tenantId: string; period: string }): Promise<UsageInvoice | null> {
  const row = await db.selectFrom('usage_invoices').selectAll().where('tenant_id', '=', input.tenantId).where('period', '=', input.period).executeTakeFirst();
  return row ? toUsageInvoice(row) : null;
}

/** What a monthly run recorded, as the staff's billing page lists it. */
export type UsageInvoiceEntry = Pick<UsageInvoice, 'period' | 'outcome' | 'calls' | 'voiceWords' | 'amountCents' | 'currency'> & { recordedAt: Date };

/** What each monthly run recorded for the organization, the latest period first. */
export async function listUsageInvoices(db: Executor, input: { tenantId: string; limit: number }): Promise<UsageInvoiceEntry[]> {
  const rows = await db.selectFrom('usage_invoices').selectAll().where('tenant_id', '=', input.tenantId).orderBy('period', 'desc').limit(input.limit).execute();
  return rows.map(toUsageInvoice).map(({ period, outcome, calls, voiceWords, amountCents, currency, createdAt }) => ({ period, outcome, calls, voiceWords, amountCents, currency, recordedAt: createdAt }));
}

/** The usage rows a cut takes, as a condition on a select or an update of usage_records. */
function takenBy<QB extends WhereInterface<DB, 'usage_records'>>(query: QB, cut: UsageCut): QB {
  return query
    .where('tenant_id', '=', cut.tenantId)
    .where('reported_period', 'is', null)
    .where('occurred_at', '<', cut.before)
    .where('recorded_at', '<', cut.recordedBefore) as QB;
}

function totalsOf(rows: ReadonlyArray<{ metric: string; quantity: number }>): UsageTotals {
  const sum = (metric: string) => rows.filter((row) => row.metric === metric).reduce((total, row) => total + row.quantity, 0);
  return { calls: sum('calls'), voiceWords: sum('voice_words') };
}

export async function unreportedUsage(db: Executor, cut: UsageCut): Promise<UsageTotals> {
  const rows = await takenBy(db.selectFrom('usage_records'), cut).select(['metric', sql<number>`sum(quantity)::int`.as('quantity')]).groupBy('metric').execute();
  return totalsOf(rows);
}

/**
 * Records what a period's invoice reported and marks the usage it took, in one transaction: the
 * rows marked must add up to what was reported, or nothing is kept (usage that arrived between
 * the two reads would otherwise be marked without being billed). If the period was recorded
 * already (another run got there first), nothing changes and the stored record is returned.
 */
export async function recordUsageInvoice(
  db: Database,
  input: { cut: UsageCut; period: string; outcome: UsageInvoiceOutcome; totals: UsageTotals; amountCents: number; currency: string; stripeInvoiceItemIds: string[] },
): Promise<{ invoice: UsageInvoice; recordedNow: boolean }> {
  const recordedNow = await db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('usage_invoices')
      .values({
        tenant_id: input.cut.tenantId,
        period: input.period,
        outcome: input.outcome,
        calls: input.totals.calls,
        voice_words: input.totals.voiceWords,
        amount_cents: input.amountCents,
        currency: input.currency,
        stripe_invoice_item_ids: input.stripeInvoiceItemIds,
      })
      .onConflict((oc) => oc.constraint('usage_invoices_once').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return false;
    const marked = await takenBy(tx.updateTable('usage_records').set({ reported_period: input.period }), input.cut).returning(['metric', 'quantity']).execute();
    const markedTotals = totalsOf(marked);
    if (markedTotals.calls !== input.totals.calls || markedTotals.voiceWords !== input.totals.voiceWords) {
      throw new Error(`usage changed while ${input.period} was invoiced for ${input.cut.tenantId}: reported ${JSON.stringify(input.totals)}, found ${JSON.stringify(markedTotals)}`);
    }
    return true;
  });
  const invoice = await findUsageInvoice(db, { tenantId: input.cut.tenantId, period: input.period });
  if (!invoice) throw new Error(`usage invoice ${input.period} of ${input.cut.tenantId} vanished after it was recorded`);
  return { invoice, recordedNow };
}

export type OrganizationToInvoice = { tenantId: string; name: string; isDemo: boolean };

/** Every organization, a page at a time in id order, so a long run can resume after the last one it saw. */
export async function organizationsToInvoice(db: Executor, input: { after: string | null; limit: number }): Promise<OrganizationToInvoice[]> {
  let query = db.selectFrom('tenants').select(['id', 'name', 'is_demo']).orderBy('id').limit(input.limit);
  if (input.after) query = query.where('id', '>', input.after);
  const rows = await query.execute();
  return rows.map((row) => ({ tenantId: row.id, name: row.name, isDemo: row.is_demo }));
}
