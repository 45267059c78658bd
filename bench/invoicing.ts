import { randomBytes } from 'node:crypto';
import { bundleWorkflowCode } from '@temporalio/worker';
import { sql } from 'kysely';
import { createStripeClient } from '../billing/stripe-client.js';
import { resolveToolsDir } from '../config/env-fields.js';
import type { Database } from '../db/database.js';
import { ensureGoTool, printProgress, STRIPE_MOCK } from '../devstack/go-tool.js';
import { startStripeMock } from '../devstack/stripe-mock.js';
import { checkAvailabilityUpdate, endCallUpdate } from '../workflows/call-messages.js';
import type { MonthlyInvoicingWorkflow } from '../workflows/billing/monthly-invoicing-workflow.js';
import { BILLING_WORKFLOWS_PATH, createBillingWorker } from '../workers/create-billing-worker.js';
import type { Bench, BenchContext } from './support/bench.js';
import { benchPhone, referenceDate, startBenchCall } from './support/bench-call.js';
import { createBenchTenant } from './support/bench-tenant.js';
import { callerWish } from './support/caller-wishes.js';
import type { Figure } from './support/figure.js';
import { formatMs, formatSummary } from './support/format.js';
import { now, since, timed } from './support/stopwatch.js';
import { summarize } from './support/summary.js';
import type { CallRuntime } from '../simulation/scenarios/call-runtime.js';
import type { Tenant } from '../db/queries/tenants.js';

const TARGET_MS = 5 * 60_000;
const PERIOD = '2026-10';
const CALLS_EACH = 10;
const WORDS_PER_CALL = 420;
/** One in twenty organizations is a demo: counted, never charged. */
const DEMO_EVERY = 20;
const PROGRESS_EVERY_MS = 10_000;
const BASELINE_MS = 10_000;

/** N organizations (a slug prefix of their own), each with a month of calls: one SQL statement each, not N round trips. */
async function seedOrganizations(db: Database, count: number, template: string): Promise<string> {
  const prefix = `bench-invoicing-${randomBytes(3).toString('hex')}-`;
  await sql`INSERT INTO tenants (name, slug, is_demo, time_zone, business_hours, buffer_minutes, min_notice_minutes, service_durations)
    SELECT 'Invoicing Chapel ' || i, ${prefix} || i, i % ${DEMO_EVERY} = 0, t.time_zone, t.business_hours, t.buffer_minutes, t.min_notice_minutes, t.service_durations
    FROM generate_series(1, ${count}) AS i, tenants t WHERE t.id = ${template}`.execute(db);
  await sql`INSERT INTO usage_records (tenant_id, metric, quantity, idempotency_key, occurred_at)
    SELECT t.id, m.metric, CASE m.metric WHEN 'calls' THEN 1 ELSE ${WORDS_PER_CALL} END, 'bench-' || m.metric || '-' || g,
      ${`${PERIOD}-01T12:00:00Z`}::timestamptz + (g || ' days')::interval
    FROM tenants t, generate_series(1, ${CALLS_EACH}) AS g, (VALUES ('calls'), ('voice_words')) AS m(metric)
    WHERE t.slug LIKE ${`${prefix}%`}`.execute(db);
  await sql`ANALYZE usage_records`.execute(db);
  await sql`ANALYZE tenants`.execute(db);
  return prefix;
}

/** check_availability on one open call, over and over until told to stop: what a caller waits for while invoicing runs. */
function probeCallLatency(runtime: CallRuntime, tenant: Tenant) {
  const samples: number[] = [];
  let stopping = false;
  const running = (async () => {
    const handle = await startBenchCall(runtime, tenant, { callSid: `INVOICE${randomBytes(8).toString('hex')}`, fromPhone: benchPhone(7) });
    const today = referenceDate(tenant.settings.timeZone);
    for (let i = 0; !stopping; i++) {
      const { service, preference, requestedLocalStart } = callerWish(today, i);
      const { ms } = await timed(() => handle.executeUpdate(checkAvailabilityUpdate, { args: [{ service, preference, requestedLocalStart }] }));
      samples.push(ms);
    }
    await handle.executeUpdate(endCallUpdate, { args: [{ reason: 'caller' }] });
  })();
  return {
    /** The samples taken since the last take. */
    take: () => samples.splice(0, samples.length),
    stop: async () => {
      stopping = true;
      await running;
    },
  };
}

async function measureInvoicing(context: BenchContext): Promise<Figure[]> {
  const runtime = await context.runtime();
  const count = context.options.organizations;
  const toolsDir = resolveToolsDir({ HOME: process.env.HOME, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, TOOLS_DIR: process.env.TOOLS_DIR });
  if (!toolsDir) throw new Error('no tools folder for stripe-mock: set TOOLS_DIR or HOME');
  const stripeMock = await startStripeMock({ binary: await ensureGoTool(STRIPE_MOCK, toolsDir, printProgress), logger: context.logger });
  const callTenant = await createBenchTenant(runtime.db, 'invoicing-calls');
  const seeding = now();
  context.logger.info({ organizations: count }, 'seeding organizations and a month of usage each');
  const prefix = await seedOrganizations(runtime.db, count, callTenant.id);
  const seededMs = since(seeding);

  const stripe = createStripeClient({ STRIPE_SECRET_KEY: 'sk_test_invoicingbench', STRIPE_API_BASE: stripeMock.url });
  if (!stripe) throw new Error('no Stripe client');
  const taskQueue = `billing-bench-${randomBytes(4).toString('hex')}`;
  const silent = { info() {}, warn() {}, error() {}, debug() {}, trace() {}, log() {} };
  const bundle = await bundleWorkflowCode({ workflowsPath: BILLING_WORKFLOWS_PATH, logger: silent });
  const quietLogger = context.logger.child({}, { level: 'warn' });
  const { worker, connection } = await createBillingWorker({
    address: runtime.temporalAddress,
    namespace: 'default',
    taskQueue,
    deps: { db: runtime.db, stripe, rates: { callCents: 100, centsPer1000VoiceWords: 100 }, currency: 'usd', logger: quietLogger },
    logger: quietLogger,
    workflowBundle: bundle,
    registerSchedule: false,
  });
  const workerRun = worker.run();
  const probe = probeCallLatency(runtime, callTenant);
  try {
    context.logger.info({ ms: BASELINE_MS }, 'timing a call alone first');
    await new Promise((resolve) => setTimeout(resolve, BASELINE_MS));
    const alone = summarize(probe.take());

    const ours = () => runtime.db.selectFrom('usage_invoices').innerJoin('tenants', 'tenants.id', 'usage_invoices.tenant_id').where('usage_invoices.period', '=', PERIOD).where('tenants.slug', 'like', `${prefix}%`);
    const started = now();
    const progress = setInterval(() => {
      void ours().select((eb) => eb.fn.countAll<number>().as('done')).executeTakeFirst().then((row) => context.logger.info({ done: Number(row?.done ?? 0), of: count, seconds: Math.round(since(started) / 1000) }, 'invoicing'));
    }, PROGRESS_EVERY_MS);
    let totals;
    try {
      totals = await runtime.temporal.workflow.execute<typeof MonthlyInvoicingWorkflow>('MonthlyInvoicingWorkflow', { taskQueue, workflowId: `monthly-invoicing-bench-${randomBytes(3).toString('hex')}`, args: [{ period: PERIOD }] });
    } finally {
      clearInterval(progress);
    }
    const tookMs = since(started);
    const during = summarize(probe.take());

    const rows = await ours().select(['usage_invoices.outcome', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('usage_invoices.outcome').execute();
    const byOutcome = Object.fromEntries(rows.map((row) => [row.outcome, Number(row.n)]));
    const expectedExempt = Math.floor(count / DEMO_EVERY);
    const missing = count - (byOutcome.reported ?? 0) - (byOutcome.exempt ?? 0);
    context.print(`data: ${count} organizations (${expectedExempt} demo), ${CALLS_EACH} calls and ${CALLS_EACH * WORDS_PER_CALL} words of voice each in ${PERIOD}; seeded in ${formatMs(seededMs)}`);
    context.print(`run: MonthlyInvoicingWorkflow on its own task queue, one child workflow per organization, the fan-out bounded; stripe-mock at ${stripeMock.url}; Temporal dev server and Postgres on the same 2 cores`);
    context.print(`invoicing      ${formatMs(tookMs)} for ${count} organizations (${(count / (tookMs / 1000)).toFixed(1)} a second); reported ${byOutcome.reported ?? 0}, exempt ${byOutcome.exempt ?? 0}, failed ${totals.failed}`);
    context.print(`a call alone   check_availability ${formatSummary(alone)}`);
    context.print(`during it      check_availability ${formatSummary(during)}`);
    const figure = (label: string, value: number, unit: string, target: Figure['target']): Figure => ({ bench: 'invoicing', label, value, unit, target });
    return [
      figure(`invoicing ${count} organizations`, Math.round(tookMs), 'ms', { op: '<=', value: TARGET_MS }),
      figure('organizations not invoiced once', missing + totals.failed, 'organizations', { op: '=', value: 0 }),
      figure('check_availability p99, a call alone', alone.p99, 'ms', null),
      figure('check_availability p99, during invoicing', during.p99, 'ms', { op: '<=', value: 100 }),
    ];
  } finally {
    await probe.stop();
    worker.shutdown();
    await workerRun;
    await connection.close();
    await stripeMock.stop();
  }
}

export const invoicingBench: Bench = {
  name: 'invoicing',
  title: 'Monthly invoicing of 10,000 organizations against stripe-mock, and a call answered meanwhile',
  run: measureInvoicing,
};
