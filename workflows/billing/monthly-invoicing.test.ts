import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, Runtime } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStripeClient } from '../../billing/stripe-client.js';
import { createLogger } from '../../config/logger.js';
import type { Database } from '../../db/database.js';
import { recordUsage } from '../../db/queries/usage-records.js';
import { createTestDatabase } from '../../testing/database.js';
import { startStripeFaultProxy } from '../../testing/fakes/stripe-fault-proxy.js';
import { createOrganizationWithMember } from '../../testing/organizations.js';
import { startBillingWorkerProcess } from '../../testing/worker-process.js';
import { BILLING_WORKFLOWS_PATH, createBillingWorker } from '../../workers/create-billing-worker.js';
import { BILLING_OUTCOME, BILLING_PERIOD } from '../../temporal/search-attributes.js';
import type { MonthlyInvoicingWorkflow } from './monthly-invoicing-workflow.js';

Runtime.install({ logger: new DefaultLogger('ERROR') });
const logger = createLogger({ name: 'test', level: 'silent' });
const RATES = { callCents: 100, centsPer1000VoiceWords: 100 };

let db: Database;
let databaseUrl: string;
let dropDatabase: () => Promise<void>;
let temporal: Client;
let connection: Connection;
let bundle: { code: string };
let proxy: Awaited<ReturnType<typeof startStripeFaultProxy>>;

beforeAll(async () => {
  ({ db, url: databaseUrl, drop: dropDatabase } = await createTestDatabase());
  connection = await Connection.connect({ address: inject('temporalAddress') });
  temporal = new Client({ connection, namespace: 'default' });
  bundle = await bundleWorkflowCode({ workflowsPath: BILLING_WORKFLOWS_PATH, logger: { info() {}, warn() {}, error() {}, debug() {}, trace() {}, log() {} } });
  proxy = await startStripeFaultProxy(inject('stripeApiBase'));
});
afterAll(async () => {
  await proxy.stop();
  await connection.close();
  await dropDatabase();
});

/** A billing worker in this process on a queue of its own, its Stripe calls through the fault proxy. */
async function startWorker() {
  const taskQueue = `billing-test-${randomBytes(4).toString('hex')}`;
  const stripe = createStripeClient({ STRIPE_SECRET_KEY: 'sk_test_invoicing', STRIPE_API_BASE: proxy.url });
  if (!stripe) throw new Error('no Stripe client');
  const { worker, connection: workerConnection } = await createBillingWorker({
    address: inject('temporalAddress'),
    namespace: 'default',
    taskQueue,
    deps: { db, stripe, rates: RATES, currency: 'usd', logger },
    logger,
    workflowBundle: bundle,
    registerSchedule: false,
  });
  const running = worker.run();
  return {
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await workerConnection.close();
    },
  };
}

async function organizationWithUsage(period: string, usage: { calls: number; voiceWords: number }, options: { demo?: boolean } = {}) {
  const { tenant } = await createOrganizationWithMember(db, { name: `Chapel ${randomBytes(3).toString('hex')}` });
  if (options.demo) await db.updateTable('tenants').set({ is_demo: true }).where('id', '=', tenant.id).execute();
  for (let call = 0; call < usage.calls; call++) {
    const occurredAt = `${period}-${String(1 + (call % 28)).padStart(2, '0')}T15:00:00Z`;
    await recordUsage(db, { tenantId: tenant.id, metric: 'calls', quantity: 1, idempotencyKey: `call-${call}`, occurredAt });
    await recordUsage(db, { tenantId: tenant.id, metric: 'voice_words', quantity: Math.round(usage.voiceWords / usage.calls), idempotencyKey: `words-${call}`, occurredAt });
  }
  return tenant.id;
}

const invoiceItemsFor = (tenantId: string) => proxy.requests.filter((r) => r.method === 'POST' && r.path === '/v1/invoiceitems' && r.body.get('metadata[tenant_id]') === tenantId);

function runInvoicing(taskQueue: string, period: string) {
  return temporal.workflow.execute<typeof MonthlyInvoicingWorkflow>('MonthlyInvoicingWorkflow', {
    taskQueue,
    workflowId: `monthly-invoicing-test-${period}-${randomBytes(3).toString('hex')}`,
    args: [{ period }],
  });
}

describe('monthly invoicing', () => {
  it('invoices the paying organizations of a closed month, skips the demo one, and adds nothing when run again', async () => {
    const worker = await startWorker();
    try {
      const paying = await organizationWithUsage('2026-11', { calls: 3, voiceWords: 1500 });
      const another = await organizationWithUsage('2026-11', { calls: 1, voiceWords: 2400 });
      const demo = await organizationWithUsage('2026-11', { calls: 2, voiceWords: 800 }, { demo: true });
      // Usage of the month after: not this invoice's.
      await recordUsage(db, { tenantId: paying, metric: 'calls', quantity: 1, idempotencyKey: 'december-call', occurredAt: '2026-12-01T00:00:01Z' });

      const first = await runInvoicing(worker.taskQueue, '2026-11');
      expect(first).toMatchObject({ invoiced: 2, exempt: 1, failed: 0, amountCents: 300 + 150 + 100 + 240 });

      const rows = await db.selectFrom('usage_invoices').select(['tenant_id', 'outcome', 'calls', 'voice_words', 'amount_cents']).where('period', '=', '2026-11').execute();
      expect(rows).toEqual(
        expect.arrayContaining([
          { tenant_id: paying, outcome: 'reported', calls: 3, voice_words: 1500, amount_cents: 450 },
          { tenant_id: another, outcome: 'reported', calls: 1, voice_words: 2400, amount_cents: 340 },
          // Counted and shown, never charged.
          { tenant_id: demo, outcome: 'exempt', calls: 2, voice_words: 800, amount_cents: 280 },
        ]),
      );
      expect(invoiceItemsFor(paying).map((r) => r.body.get('amount'))).toEqual(['300', '150']);
      expect(invoiceItemsFor(another).map((r) => r.body.get('amount'))).toEqual(['100', '240']);
      expect(invoiceItemsFor(demo)).toEqual([]);
      expect(invoiceItemsFor(paying).map((r) => r.idempotencyKey)).toEqual([`usage-${paying}-2026-11-calls`, `usage-${paying}-2026-11-voice_words`]);
      const unreportedNovember = await db.selectFrom('usage_records').select('id').where('tenant_id', 'in', [paying, another, demo]).where('reported_period', 'is', null).execute();
      expect(unreportedNovember).toHaveLength(1); // December's call waits for December's invoice

      const requestsBefore = proxy.requests.length;
      const again = await runInvoicing(worker.taskQueue, '2026-11');
      expect(again).toMatchObject({ invoiced: 0, exempt: 0, failed: 0, amountCents: 0 });
      expect(again.alreadyInvoiced).toBeGreaterThanOrEqual(3);
      expect(proxy.requests.length).toBe(requestsBefore);
    } finally {
      await worker.stop();
    }
  });

  it('retries an organization whose Stripe calls fail, and goes on with the others when they keep failing', async () => {
    const worker = await startWorker();
    try {
      const flaky = await organizationWithUsage('2026-10', { calls: 2, voiceWords: 1000 });
      const down = await organizationWithUsage('2026-10', { calls: 1, voiceWords: 1000 });
      const fine = await organizationWithUsage('2026-10', { calls: 1, voiceWords: 1000 });
      proxy.failFor(flaky, 2);
      proxy.failFor(down, Number.POSITIVE_INFINITY);

      const totals = await runInvoicing(worker.taskQueue, '2026-10');
      expect(totals.failed).toBe(1);
      expect(totals.failedOrganizations).toEqual([down]);
      const outcomes = await db.selectFrom('usage_invoices').select(['tenant_id', 'outcome']).where('period', '=', '2026-10').where('tenant_id', 'in', [flaky, down, fine]).execute();
      expect(new Map(outcomes.map((row) => [row.tenant_id, row.outcome]))).toEqual(new Map([[flaky, 'reported'], [fine, 'reported']]));
      // The failed organization's usage is still unreported: the next run (or a backfill) takes it.
      expect(await db.selectFrom('usage_records').select('id').where('tenant_id', '=', down).where('reported_period', 'is', null).execute()).toHaveLength(2);

      const failed = await temporal.workflow.getHandle(`invoice-2026-10-${down}`).describe();
      expect(failed.typedSearchAttributes.get(BILLING_OUTCOME)).toBe('failed');
      expect(failed.typedSearchAttributes.get(BILLING_PERIOD)).toBe('2026-10');
      const retried = await temporal.workflow.getHandle(`invoice-2026-10-${flaky}`);
      expect((await retried.describe()).status.name).toBe('COMPLETED');
      expect(await retried.result()).toMatchObject({ outcome: 'reported', invoicedNow: true, calls: 2 });

      proxy.failFor(down, 0);
      const backfill = await runInvoicing(worker.taskQueue, '2026-10');
      expect(backfill).toMatchObject({ invoiced: 1, failed: 0 });
    } finally {
      await worker.stop();
    }
  }, 120_000);

  it('finishes a run whose worker was killed in the middle, every organization invoiced exactly once', async () => {
    const organizations: string[] = [];
    for (let n = 0; n < 24; n++) organizations.push(await organizationWithUsage('2026-09', { calls: 1, voiceWords: 1000 }));
    const taskQueue = `billing-crash-${randomBytes(4).toString('hex')}`;
    proxy.slowDown(150);
    const first = await startBillingWorkerProcess({ databaseUrl, address: inject('temporalAddress'), taskQueue, stripeApiBase: proxy.url });
    let second: Awaited<ReturnType<typeof startBillingWorkerProcess>> | null = null;
    try {
      const handle = await temporal.workflow.start<typeof MonthlyInvoicingWorkflow>('MonthlyInvoicingWorkflow', { taskQueue, workflowId: `monthly-invoicing-crash-${randomBytes(3).toString('hex')}`, args: [{ period: '2026-09' }] });
      const invoicedSoFar = async () => (await db.selectFrom('usage_invoices').select('id').where('period', '=', '2026-09').where('tenant_id', 'in', organizations).execute()).length;
      const progressBy = Date.now() + 30_000;
      while ((await invoicedSoFar()) < 4) {
        if (Date.now() > progressBy) throw new Error(`the billing worker invoiced nothing in 30 s:\n${first.output().slice(-4000)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await first.crash();
      const atCrash = await invoicedSoFar();
      expect(atCrash).toBeLessThan(organizations.length);

      second = await startBillingWorkerProcess({ databaseUrl, address: inject('temporalAddress'), taskQueue, stripeApiBase: proxy.url });
      const totals = await handle.result();
      expect(totals.failed).toBe(0);
      expect(totals.invoiced + totals.alreadyInvoiced).toBeGreaterThanOrEqual(organizations.length);

      const rows = await db.selectFrom('usage_invoices').select(['tenant_id', 'outcome']).where('period', '=', '2026-09').where('tenant_id', 'in', organizations).execute();
      expect(rows.map((row) => row.tenant_id).sort()).toEqual([...organizations].sort());
      expect(rows.every((row) => row.outcome === 'reported')).toBe(true);
      // Each usage line reached Stripe under one idempotency key only: a retry after the crash
      // repeats a key (Stripe answers it with the item it made), never makes a second item.
      for (const tenantId of organizations) {
        const keys = new Set(invoiceItemsFor(tenantId).map((r) => r.idempotencyKey));
        expect(keys).toEqual(new Set([`usage-${tenantId}-2026-09-calls`, `usage-${tenantId}-2026-09-voice_words`]));
      }
    } finally {
      proxy.slowDown(0);
      await first.stop();
      await second?.stop();
    }
  }, 180_000);
});
