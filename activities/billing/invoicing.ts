import Stripe from 'stripe';
import { ensureStripeCustomer } from '../../billing/stripe-customers.js';
import type { Logger } from '../../config/logger.js';
import type { Database } from '../../db/database.js';
import { findTenant } from '../../db/queries/tenants.js';
import {
  findUsageInvoice,
  organizationsToInvoice,
  recordUsageInvoice,
  unreportedUsage,
  type OrganizationToInvoice,
  type UsageCut,
  type UsageInvoiceOutcome,
} from '../../db/queries/usage-invoices.js';
import { AppError } from '../../domain/app-error.js';
import { billingPeriodBounds, parseBillingPeriod } from '../../domain/billing/billing-period.js';
import { totalCents, usageCharges, type UsageCharge, type UsageRates } from '../../domain/billing/usage-charges.js';

export type InvoicingDeps = { db: Database; stripe: Stripe; rates: UsageRates; currency: string; logger: Logger };

export type OrganizationInvoiceInput = {
  tenantId: string;
  period: string;
  /** When the monthly run began: usage recorded later waits for the next period's invoice. */
  cutoff: string;
};

export type OrganizationInvoiceResult = {
  outcome: UsageInvoiceOutcome;
  /** False when an earlier run had invoiced this period already: this one added nothing. */
  invoicedNow: boolean;
  calls: number;
  voiceWords: number;
  amountCents: number;
};

/** Stripe refusing the request itself (a bad parameter, a reused idempotency key): no retry changes that. */
function isPermanentStripeError(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeInvalidRequestError || error instanceof Stripe.errors.StripeIdempotencyError || error instanceof Stripe.errors.StripeAuthenticationError || error instanceof Stripe.errors.StripePermissionError;
}

/** One invoice item per usage line, each with a key of organization, period and metric: a retried run creates none twice. */
async function createInvoiceItems(deps: InvoicingDeps, customer: string, input: OrganizationInvoiceInput, charges: UsageCharge[]): Promise<string[]> {
  const ids: string[] = [];
  for (const charge of charges) {
    const item = await deps.stripe.invoiceItems.create(
      {
        customer,
        amount: charge.amountCents,
        currency: deps.currency,
        description: `${charge.description}, ${input.period}`,
        metadata: { tenant_id: input.tenantId, period: input.period, metric: charge.metric, quantity: String(charge.quantity) },
      },
      { idempotencyKey: `usage-${input.tenantId}-${input.period}-${charge.metric}` },
    );
    ids.push(item.id);
  }
  return ids;
}

export function createInvoicingActivities(deps: InvoicingDeps) {
  return {
    /** A page of organizations in id order, after the last one a run has seen. */
    async listOrganizationsToInvoice(input: { after: string | null; limit: number }): Promise<OrganizationToInvoice[]> {
      return organizationsToInvoice(deps.db, input);
    },

    /**
     * Reports an organization's usage of a closed period to Stripe as invoice items, which Stripe
     * puts on the organization's next subscription invoice (one invoice: the subscription and the
     * usage), then records the period as invoiced and marks the usage it took. Idempotent: a period
     * recorded already returns at once; Stripe's idempotency keys cover a retry between the two.
     * A demo organization's usage is recorded as exempt and never reaches Stripe.
     */
    async invoiceOrganizationUsage(input: OrganizationInvoiceInput): Promise<OrganizationInvoiceResult> {
      const period = parseBillingPeriod(input.period);
      const logger = deps.logger.child({ tenantId: input.tenantId, period });
      const done = await findUsageInvoice(deps.db, { tenantId: input.tenantId, period });
      if (done) return { outcome: done.outcome, invoicedNow: false, calls: done.calls, voiceWords: done.voiceWords, amountCents: done.amountCents };

      const organization = await findTenant(deps.db, input.tenantId);
      if (!organization) throw new AppError('not_found', `No organization ${input.tenantId} to invoice.`);
      const cut: UsageCut = { tenantId: input.tenantId, before: billingPeriodBounds(period).end, recordedBefore: new Date(input.cutoff) };
      const totals = await unreportedUsage(deps.db, cut);
      const charges = usageCharges(totals, deps.rates);
      const amountCents = totalCents(charges);

      let outcome: UsageInvoiceOutcome = 'reported';
      let itemIds: string[] = [];
      if (organization.isDemo) outcome = 'exempt';
      else if (charges.length === 0) outcome = 'nothing_used';
      else {
        try {
          const customer = await ensureStripeCustomer(deps.db, deps.stripe, organization);
          itemIds = await createInvoiceItems(deps, customer, input, charges);
        } catch (error) {
          if (isPermanentStripeError(error)) throw new AppError('invalid_input', `Stripe refused the usage of ${period}: ${(error as Error).message}`, { cause: error });
          throw error;
        }
      }
      const { invoice, recordedNow } = await recordUsageInvoice(deps.db, { cut, period, outcome, totals, amountCents, currency: deps.currency, stripeInvoiceItemIds: itemIds });
      if (outcome === 'exempt') logger.info({ calls: totals.calls, voiceWords: totals.voiceWords, wouldBeCents: amountCents }, 'demo organization: usage recorded, exempt from charges');
      else logger.info({ outcome, calls: totals.calls, voiceWords: totals.voiceWords, amountCents }, 'usage invoiced');
      return { outcome: invoice.outcome, invoicedNow: recordedNow, calls: invoice.calls, voiceWords: invoice.voiceWords, amountCents: invoice.amountCents };
    },
  };
}

export type InvoicingActivities = ReturnType<typeof createInvoicingActivities>;
