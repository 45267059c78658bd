import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { z } from 'zod';
import { logFields, temporalFields } from '../config/env-fields.js';
import { loadConfig } from '../config/load-config.js';
import { AppError } from '../domain/app-error.js';
import { parseBillingPeriod } from '../domain/billing/billing-period.js';
import { connectTemporalClient } from '../temporal/client.js';
import type { InvoicingTotals, MonthlyInvoicingWorkflow } from '../workflows/billing/monthly-invoicing-workflow.js';

// `npm run billing:invoice -- 2026-10`: invoices a month the Schedule missed (or re-runs one to
// pick up organizations that failed). Re-running a month adds nothing for organizations done
// already. The billing worker must be running; this only starts the run and follows it.

const PROGRESS_EVERY_MS = 10_000;
const config = loadConfig(z.object({ ...logFields, ...temporalFields, TEMPORAL_ADDRESS: z.string().min(1, 'set TEMPORAL_ADDRESS to the Temporal server the billing worker uses') }));

let period: string;
try {
  period = parseBillingPeriod(process.argv[2] ?? '');
} catch (error) {
  process.stderr.write(`${(error as AppError).message}\nUsage: npm run billing:invoice -- <YYYY-MM>\n`);
  process.exit(64);
}

const client = await connectTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });
const workflowId = `monthly-invoicing-backfill-${period}`;
let handle;
try {
  handle = await client.workflow.start<typeof MonthlyInvoicingWorkflow>('MonthlyInvoicingWorkflow', { taskQueue: config.TEMPORAL_BILLING_TASK_QUEUE, workflowId, args: [{ period }] });
  process.stderr.write(`Invoicing ${period}: started ${workflowId} on task queue ${config.TEMPORAL_BILLING_TASK_QUEUE}.\n`);
} catch (error) {
  if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  handle = client.workflow.getHandle<typeof MonthlyInvoicingWorkflow>(workflowId);
  process.stderr.write(`Invoicing ${period}: ${workflowId} is already running; following it.\n`);
}

const progress = setInterval(() => {
  void client.workflow
    .count(`WorkflowType = 'OrganizationInvoiceWorkflow' AND BillingPeriod = '${period}' AND ExecutionStatus != 'Running'`)
    .then((done) => process.stderr.write(`  … ${done.count} organizations done\n`))
    .catch(() => process.stderr.write('  … still running\n'));
}, PROGRESS_EVERY_MS);

try {
  const totals: InvoicingTotals = await handle.result();
  const dollars = (totals.amountCents / 100).toFixed(2);
  process.stdout.write(
    `Invoiced ${period}: ${totals.invoiced} organizations ($${dollars} of usage), ${totals.exempt} demo (exempt), ` +
      `${totals.nothingUsed} with no usage, ${totals.alreadyInvoiced} done before, ${totals.failed} failed.\n`,
  );
  if (totals.failed > 0) {
    process.stdout.write(`Failed (run this again once Stripe answers): ${totals.failedOrganizations.join(', ')}\n`);
    process.exitCode = 1;
  }
} finally {
  clearInterval(progress);
  await client.connection.close();
}
