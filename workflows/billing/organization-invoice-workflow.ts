import { log, upsertSearchAttributes } from '@temporalio/workflow';
import type { OrganizationInvoiceInput, OrganizationInvoiceResult } from '../../activities/billing/invoicing.js';
import { invoicing } from './billing-activities.js';

/**
 * One organization's invoice for one period: a workflow of its own so that ops can find it in the
 * Temporal UI by organization, period (both set when it is started) and outcome, and retry it
 * alone. Its id is `invoice-<period>-<organization>`, one per period.
 */
export async function OrganizationInvoiceWorkflow(input: OrganizationInvoiceInput): Promise<OrganizationInvoiceResult> {
  try {
    const result = await invoicing.invoiceOrganizationUsage(input);
    upsertSearchAttributes({ BillingOutcome: [result.invoicedNow ? result.outcome : 'already_invoiced'] });
    return result;
  } catch (error) {
    upsertSearchAttributes({ BillingOutcome: ['failed'] });
    log.error('organization could not be invoiced', { tenantId: input.tenantId, period: input.period, error: (error as Error).message });
    throw error;
  }
}
