import { log, upsertSearchAttributes } from '@temporalio/workflow';
import type { OrganizationInvoiceInput, OrganizationInvoiceResult } from '../../activities/billing/invoicing.js';
import { invoicing } from './billing-activities.js';

/**
 * One organization's invoice for one period: a workflow of its own so that ops can find it in the
 * Temporal UI by organization and period (both set when it is started) and retry it alone. Its id
 * is `invoice-<period>-<organization>`, one per period. Only a failure is marked with a
 * BillingOutcome (`failed`): what it invoiced is its result, and one search-attribute write per
 * organization less is a tenth of what 10,000 of them ask of the server.
 */
export async function OrganizationInvoiceWorkflow(input: OrganizationInvoiceInput): Promise<OrganizationInvoiceResult> {
  try {
    return await invoicing.invoiceOrganizationUsage(input);
  } catch (error) {
    upsertSearchAttributes({ BillingOutcome: ['failed'] });
    log.error('organization could not be invoiced', { tenantId: input.tenantId, period: input.period, error: (error as Error).message });
    throw error;
  }
}
