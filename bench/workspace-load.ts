import { randomBytes } from 'node:crypto';
import { hashPassword } from '../api/operations/password.js';
import type { Database } from '../db/database.js';
import type { Tenant } from '../db/queries/tenants.js';
import { upsertMembership, upsertUser } from '../db/queries/users.js';
import type { Bench, BenchContext } from './support/bench.js';
import { createBenchTenant } from './support/bench-tenant.js';
import type { Figure } from './support/figure.js';
import { formatMs, formatSummary } from './support/format.js';
import { now, since } from './support/stopwatch.js';
import { startApiProcess } from './workspace-load/api-process.js';
import { loadAverage } from './workspace-load/cpu-share.js';
import { runLoad, type LoadPlan, type LoadRun } from './workspace-load/load.js';
import { CALLS_LIST, CONTACT_SEARCH, queryOf, type Scenario } from './workspace-load/scenarios.js';
import { seedOrganization, settleTables, type SeededCounts } from './workspace-load/seed.js';

const TARGET_P99_MS = 50;
const TARGET_RPS = 500;
const MAIN_SIZE = { contacts: 50_000, calls: 50_000 };
const OTHER_SIZE = { contacts: 10_000, calls: 10_000 };
const WARM_UP_SECONDS = 5;
const ONE_AT_A_TIME_SECONDS = 5;

type Signed = { baseUrl: string; cookie: string; apiPid: number };

/** Signs in through the real login route; the cookie and the password stay in this process, never in a log. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`bench owner could not sign in: HTTP ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.startsWith('session=')) throw new Error('bench owner signed in but got no session cookie');
  return cookie;
}

async function seedBoth(db: Database, context: BenchContext): Promise<{ main: Tenant; other: Tenant; counts: SeededCounts; otherCounts: SeededCounts; ms: number }> {
  const started = now();
  const main = await createBenchTenant(db, 'workspace');
  const other = await createBenchTenant(db, 'workspace-other');
  context.logger.info({ main: MAIN_SIZE, other: OTHER_SIZE }, 'seeding two organizations');
  const counts = await seedOrganization(db, main, MAIN_SIZE, 1_000, context.logger);
  const otherCounts = await seedOrganization(db, other, OTHER_SIZE, 5_000, context.logger);
  await settleTables(db, context.logger);
  return { main, other, counts, otherCounts, ms: since(started) };
}

async function createOwner(db: Database, tenant: Tenant): Promise<{ email: string; password: string }> {
  const email = `owner-${tenant.slug}@bench.funeral`;
  const password = randomBytes(18).toString('base64url');
  const user = await upsertUser(db, { email, name: 'Bench Owner', passwordHash: await hashPassword(password) });
  await upsertMembership(db, { tenantId: tenant.id, userId: user.id, role: 'owner' });
  return { email, password };
}

type Page = { items: Array<{ id: string; name?: string | null }> };

/**
 * Every path once before the load: each must answer 200 with rows of the signed-in organization
 * only (the other one holds the same names). Says how many rows each search found on its page.
 */
async function checkAnswers(db: Database, signed: Signed, scenario: Scenario, otherId: string): Promise<string[]> {
  const table = scenario === CONTACT_SEARCH ? 'contacts' : 'calls';
  const found: string[] = [];
  for (const path of scenario.paths) {
    const response = await fetch(`${signed.baseUrl}${path}`, { headers: { cookie: signed.cookie } });
    if (response.status !== 200) throw new Error(`${path} answered HTTP ${response.status}`);
    const page = (await response.json()) as Page;
    const ids = page.items.map((item) => item.id);
    if (ids.length > 0) {
      const leaked = await db.selectFrom(table).select('id').where('id', 'in', ids).where('tenant_id', '=', otherId).execute();
      if (leaked.length > 0) throw new Error(`${path} returned ${leaked.length} rows of the other organization`);
    }
    found.push(`${queryOf(path)} ${ids.length}`);
  }
  return found;
}

// autocannon spreads an offered rate over one-second ticks: the first and last tick of a run are partial.
const RATE_SLACK = 0.98;
const verdict = (run: LoadRun) => (run.latency.p99 <= TARGET_P99_MS && run.rps >= TARGET_RPS * RATE_SLACK ? 'PASS' : 'MISS');

function describeRun(run: LoadRun): string {
  const non2xx = Object.entries(run.non2xx).map(([status, n]) => `${n}×${status}`);
  return `${Math.round(run.rps)} req/s  ${formatSummary(run.latency)}  errors ${run.errors}  non-2xx ${non2xx.length > 0 ? non2xx.join(' ') : 0}`;
}

/** Where the two cores went: what says whether the API, Postgres or the machine's other programs set the limit. */
function describeCpu(run: LoadRun): string {
  const { cpu } = run;
  if (!cpu) return 'cores busy: not measured (no /proc)';
  return (
    `cores busy: API process ${cpu.api.toFixed(2)} (${cpu.apiMsPerRequest.toFixed(2)} ms a request), load generator ${cpu.self.toFixed(2)}, ` +
    `the rest of the machine ${cpu.rest.toFixed(2)} (Postgres ${cpu.postgresAndRestMsPerRequest.toFixed(2)} ms a request at most, with Temporal and any other program)`
  );
}

async function measureScenario(context: BenchContext, signed: Signed, scenario: Scenario): Promise<Figure[]> {
  const { connections, seconds } = context.options;
  const plan = (connectionCount: number, duration: number, rate?: number): LoadPlan => ({ ...signed, paths: scenario.paths, connections: connectionCount, seconds: duration, ...(rate ? { rate } : {}) });
  const logger = context.logger.child({ scenario: scenario.name });
  logger.info({ seconds: WARM_UP_SECONDS, connections }, 'warming up (untimed)');
  await runLoad(plan(connections, WARM_UP_SECONDS), logger);
  logger.info({ seconds: ONE_AT_A_TIME_SECONDS }, 'one request at a time');
  const alone = await runLoad(plan(1, ONE_AT_A_TIME_SECONDS), logger);
  logger.info({ seconds, connections, rate: TARGET_RPS }, 'measuring at the target rate');
  const atTarget = await runLoad(plan(connections, seconds, TARGET_RPS), logger);
  logger.info({ seconds, connections }, 'measuring the most it answers');
  const flatOut = await runLoad(plan(connections, seconds), logger);
  context.print(`${scenario.name}: ${scenario.description}`);
  context.print(`  one at a time          ${describeRun(alone)}`);
  context.print(`  ${TARGET_RPS} req/s offered      ${describeRun(atTarget)}`);
  context.print(`                         ${describeCpu(atTarget)}`);
  context.print(`  ${`as fast as answered`.padEnd(22)} ${describeRun(flatOut)}`);
  context.print(`                         ${describeCpu(flatOut)}; load average ${loadAverage()}`);
  context.print(`  ${verdict(atTarget)} (target p99 ≤ ${TARGET_P99_MS} ms at ≥ ${TARGET_RPS} req/s, ${connections} connections)`);
  const figure = (label: string, value: number, unit: string, target: Figure['target']): Figure => ({ bench: 'workspace-load', label, value, unit, target });
  const failures = (run: LoadRun) => run.errors + Object.values(run.non2xx).reduce((a, b) => a + b, 0);
  return [
    figure(`${scenario.name} req/s answered of ${TARGET_RPS} offered`, Math.round(atTarget.rps), 'req/s', { op: '>=', value: Math.round(TARGET_RPS * RATE_SLACK) }),
    figure(`${scenario.name} p99 at ${TARGET_RPS} req/s`, atTarget.latency.p99, 'ms', { op: '<=', value: TARGET_P99_MS }),
    figure(`${scenario.name} most req/s (${connections} connections)`, Math.round(flatOut.rps), 'req/s', null),
    figure(`${scenario.name} errors + non-2xx`, failures(atTarget) + failures(flatOut), 'responses', { op: '=', value: 0 }),
  ];
}

async function measureWorkspaceLoad(context: BenchContext): Promise<Figure[]> {
  const runtime = await context.runtime();
  const seeded = await seedBoth(runtime.db, context);
  const { main, other, counts, otherCounts } = seeded;
  try {
    const owner = await createOwner(runtime.db, main);
    const api = await startApiProcess({ databaseUrl: runtime.databaseUrl, temporalAddress: runtime.temporalAddress, logger: context.logger });
    try {
      const signed: Signed = { baseUrl: api.baseUrl, apiPid: api.pid, cookie: await signIn(api.baseUrl, owner.email, owner.password) };
      context.print(
        `data: ${counts.contacts} contacts and ${counts.calls} calls in the measured organization (${counts.appointments} booked with an appointment, ` +
          `${counts.urgentOpen} urgent awaiting a callback, ${counts.tasks} tasks); ${otherCounts.contacts} contacts and ${otherCounts.calls} calls in a second one with the same names; ` +
          `seeded, vacuumed and analyzed in ${formatMs(seeded.ms)}`,
      );
      context.print(
        `load: api/main.ts in its own process on ${api.baseUrl} (LOG_LEVEL=warn), signed in as an owner; autocannon in this process on ` +
          `${context.options.connections} connections, each waiting for its answer before its next request: ${WARM_UP_SECONDS} s warm-up, ${ONE_AT_A_TIME_SECONDS} s one at a time, ` +
          `${context.options.seconds} s at ${TARGET_RPS} requests a second offered, then ${context.options.seconds} s as fast as answered; Postgres, the API and this process share the machine's cores ` +
          `(load average ${loadAverage()} before the load)`,
      );
      context.print(`rows on page 1 per search: ${(await checkAnswers(runtime.db, signed, CONTACT_SEARCH, other.id)).join(', ')}`);
      await checkAnswers(runtime.db, signed, CALLS_LIST, other.id);
      const figures: Figure[] = [];
      for (const scenario of [CONTACT_SEARCH, CALLS_LIST]) figures.push(...(await measureScenario(context, signed, scenario)));
      return figures;
    } finally {
      await api.stop();
    }
  } finally {
    // A sign-in account should not outlive the run. The two organizations stay, as every bench's do:
    // deleting 120,000 rows whose foreign keys (calls.contact_id, calendar_events.call_id, …) have
    // no index of their own takes minutes.
    await runtime.db.deleteFrom('users').where('email', '=', `owner-${main.slug}@bench.funeral`).execute();
  }
}

export const workspaceLoadBench: Bench = {
  name: 'workspace-load',
  title: 'Staff API under load: contact search and the calls list over 50,000 contacts and 50,000 calls',
  run: measureWorkspaceLoad,
};
