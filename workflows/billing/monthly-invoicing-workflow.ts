import { continueAsNew, executeChild, log, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { OrganizationInvoiceResult } from '../../activities/billing/invoicing.js';
import { parseBillingPeriod, previousBillingPeriod } from '../../domain/billing/billing-period.js';
import { BILLING_PERIOD, TENANT_ID } from '../../temporal/search-attributes.js';
import { listing } from './billing-activities.js';
import { OrganizationInvoiceWorkflow } from './organization-invoice-workflow.js';

/** How many organizations are invoiced at once: enough to finish 10,000 in minutes, few enough that calls keep their speed. */
export const CONCURRENT_ORGANIZATIONS = 8;
const PAGE_SIZE = 100;
/** A run's history holds about six events per organization; a new run begins well before Temporal's limits. */
const ORGANIZATIONS_PER_RUN = 500;
const FAILURES_NAMED = 20;

export type InvoicingTotals = {
  invoiced: number;
  exempt: number;
  nothingUsed: number;
  alreadyInvoiced: number;
  failed: number;
  amountCents: number;
  /** The first organizations that failed, for the operator to look up. */
  failedOrganizations: string[];
};

export type MonthlyInvoicingInput = {
  /** YYYY-MM; absent (the Schedule's runs), the month before the run began. */
  period?: string;
  /** Carried from run to run: when the first began, the last organization done, the totals so far. */
  cutoff?: string;
  after?: string | null;
  totals?: InvoicingTotals;
};

const NO_TOTALS: InvoicingTotals = { invoiced: 0, exempt: 0, nothingUsed: 0, alreadyInvoiced: 0, failed: 0, amountCents: 0, failedOrganizations: [] };

function counted(totals: InvoicingTotals, tenantId: string, result: OrganizationInvoiceResult | null): InvoicingTotals {
  if (!result) {
    const failedOrganizations = totals.failedOrganizations.length < FAILURES_NAMED ? [...totals.failedOrganizations, tenantId] : totals.failedOrganizations;
    return { ...totals, failed: totals.failed + 1, failedOrganizations };
  }
  if (!result.invoicedNow) return { ...totals, alreadyInvoiced: totals.alreadyInvoiced + 1 };
  if (result.outcome === 'exempt') return { ...totals, exempt: totals.exempt + 1 };
  if (result.outcome === 'nothing_used') return { ...totals, nothingUsed: totals.nothingUsed + 1 };
  return { ...totals, invoiced: totals.invoiced + 1, amountCents: totals.amountCents + result.amountCents };
}

/**
 * Invoices every organization's usage of a closed month: one child workflow per organization, a
 * few at a time, a page of organizations after another, continuing as new every few hundred so
 * that 10,000 organizations never make one history too long. Started by the monthly Schedule
 * (temporal/invoicing-schedule.ts) or by `npm run billing:invoice -- <YYYY-MM>` for a missed month.
 * An organization that fails is counted and named, never holds up the others.
 */
export async function MonthlyInvoicingWorkflow(input: MonthlyInvoicingInput = {}): Promise<InvoicingTotals> {
  const startedAt = workflowInfo().startTime;
  const period = input.period ? parseBillingPeriod(input.period) : previousBillingPeriod(startedAt);
  const cutoff = input.cutoff ?? startedAt.toISOString();
  let after = input.after ?? null;
  let totals = input.totals ?? NO_TOTALS;
  upsertSearchAttributes({ BillingPeriod: [period], BillingOutcome: ['running'] });

  const invoiceOne = async (tenantId: string) => {
    let result: OrganizationInvoiceResult | null = null;
    try {
      result = await executeChild(OrganizationInvoiceWorkflow, {
        workflowId: `invoice-${period}-${tenantId}`,
        args: [{ tenantId, period, cutoff }],
        typedSearchAttributes: [{ key: TENANT_ID, value: tenantId }, { key: BILLING_PERIOD, value: period }],
      });
    } catch (error) {
      log.warn('organization not invoiced; the run goes on', { tenantId, period, error: (error as Error).message });
    }
    totals = counted(totals, tenantId, result);
  };

  let doneThisRun = 0;
  for (;;) {
    const page = await listing.listOrganizationsToInvoice({ after, limit: PAGE_SIZE });
    if (page.length === 0) break;
    const waiting = page.map((organization) => organization.tenantId);
    const lanes = Array.from({ length: CONCURRENT_ORGANIZATIONS }, async () => {
      for (let next = waiting.shift(); next !== undefined; next = waiting.shift()) await invoiceOne(next);
    });
    await Promise.all(lanes);
    after = page[page.length - 1]?.tenantId ?? after;
    doneThisRun += page.length;
    if (page.length < PAGE_SIZE) break;
    if (doneThisRun >= ORGANIZATIONS_PER_RUN) await continueAsNew<typeof MonthlyInvoicingWorkflow>({ period, cutoff, after, totals });
  }

  upsertSearchAttributes({ BillingOutcome: [totals.failed > 0 ? 'finished_with_failures' : 'finished'] });
  log.info('invoicing run finished', { period, ...totals });
  return totals;
}
