import { sql } from 'kysely';
import type { Executor } from '../executor.js';

/** One of Stripe's invoices to an organization, as its webhooks last described it. */
export type StripeInvoice = {
  stripeInvoiceId: string;
  tenantId: string;
  number: string | null;
  status: string;
  amountDueCents: number;
  amountPaidCents: number;
  currency: string;
  hostedInvoiceUrl: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  stripeCreatedAt: Date;
};

/**
 * Mirrors an invoice as an event created at `at` described it, unless a newer event already did;
 * of two events of the same second, a paid invoice stays paid. Returns whether it was kept.
 */
export async function mirrorStripeInvoice(db: Executor, invoice: StripeInvoice, at: Date): Promise<boolean> {
  const columns = {
    number: invoice.number,
    status: invoice.status,
    amount_due_cents: invoice.amountDueCents,
    amount_paid_cents: invoice.amountPaidCents,
    currency: invoice.currency,
    hosted_invoice_url: invoice.hostedInvoiceUrl,
    period_start: invoice.periodStart,
    period_end: invoice.periodEnd,
    stripe_state_at: at,
  };
  const row = await db
    .insertInto('stripe_invoices')
    .values({ stripe_invoice_id: invoice.stripeInvoiceId, tenant_id: invoice.tenantId, stripe_created_at: invoice.stripeCreatedAt, ...columns })
    .onConflict((oc) =>
      oc
        .column('stripe_invoice_id')
        .doUpdateSet((eb) => Object.fromEntries(Object.keys(columns).map((column) => [column, eb.ref(`excluded.${column as keyof typeof columns}`)])))
        .where(
          sql<boolean>`stripe_invoices.tenant_id = excluded.tenant_id AND (stripe_invoices.stripe_state_at < excluded.stripe_state_at
            OR (stripe_invoices.stripe_state_at = excluded.stripe_state_at AND stripe_invoices.status <> 'paid'))`,
        ),
    )
    .returning('stripe_invoice_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The organization's invoices, newest first. */
export async function listStripeInvoices(db: Executor, input: { tenantId: string; limit: number }): Promise<StripeInvoice[]> {
  const rows = await db
    .selectFrom('stripe_invoices')
    .selectAll()
    .where('tenant_id', '=', input.tenantId)
    .orderBy('stripe_created_at', 'desc')
    .orderBy('stripe_invoice_id')
    .limit(input.limit)
    .execute();
  return rows.map((row) => ({
    stripeInvoiceId: row.stripe_invoice_id,
    tenantId: row.tenant_id,
    number: row.number,
    status: row.status,
    amountDueCents: row.amount_due_cents,
    amountPaidCents: row.amount_paid_cents,
    currency: row.currency,
    hostedInvoiceUrl: row.hosted_invoice_url,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    stripeCreatedAt: row.stripe_created_at,
  }));
}
