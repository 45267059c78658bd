// The billing worker's workflow bundle: every workflow type on the billing task queue.
export { MonthlyInvoicingWorkflow } from './monthly-invoicing-workflow.js';
export { OrganizationInvoiceWorkflow } from './organization-invoice-workflow.js';
