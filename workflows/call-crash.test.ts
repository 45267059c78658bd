import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTenant, type Tenant } from '../db/queries/tenants.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { startWorkerProcess } from '../testing/worker-process.js';
import { bookAppointmentUpdate, holdSlotUpdate, saveCallerDetailsUpdate, turnSignal } from './call-messages.js';
import type { CallWorkflow } from './call-workflow.js';

// A worker process killed with SIGKILL while it books, and again while it texts the confirmation:
// after a new worker takes over, the caller has exactly one booking, one number, one text.
let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness({ worker: false });
});
afterAll(() => harness.stop());

async function newTenant(): Promise<Tenant> {
  const suffix = Math.random().toString(36).slice(2, 10);
  return insertTenant(harness.db, { name: 'Crash Test Chapel', slug: `crash-${suffix}`, isDemo: false, settings: defaultTenantSettings('America/Chicago') });
}

/** Holds the table lock the step under test needs, so that step stops mid-transaction. */
async function blockTable(table: string) {
  const client = new pg.Client({ connectionString: harness.databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN EXCLUSIVE MODE`);
  return {
    async release() {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

/** Waits until a statement on `table` is queued behind our lock: the step under test has begun. */
async function waitForWaiterOn(table: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE ${`%${table}%`}`.execute(harness.db);
    if ((rows[0]?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the worker never reached ${table}`);
}

async function startCall(tenant: Tenant, callSid: string) {
  const handle = await harness.temporal.workflow.start<typeof CallWorkflow>('CallWorkflow', {
    workflowId: `call-${callSid}`,
    taskQueue: harness.taskQueue,
    args: [{ tenantId: tenant.id, callSid, fromPhone: '+13125550188', referenceTime: '2026-07-08T15:00:00.000Z', timeZone: 'America/Chicago' }],
  });
  await handle.signal(turnSignal, { role: 'caller', text: "This is Grace Hall. My father passed away and I'd like to arrange his burial." });
  await handle.executeUpdate(saveCallerDetailsUpdate, { args: [{}] });
  await handle.executeUpdate(holdSlotUpdate, { args: [{ localStart: '2026-07-10T10:00', service: 'burial' }] });
  return handle;
}

async function countRows(tenant: Tenant) {
  const appointments = await harness.db.selectFrom('calendar_events').select('confirmation_code').where('tenant_id', '=', tenant.id).where('status', '=', 'confirmed').execute();
  const texts = await harness.db.selectFrom('sms_outbox').select('body').where('tenant_id', '=', tenant.id).execute();
  return { appointments, texts };
}

describe('a worker killed mid-booking', () => {
  it('books once, numbers once and texts once after a crash inside the booking transaction and another while texting', async () => {
    let worker = await startWorkerProcess({ databaseUrl: harness.databaseUrl, address: harness.address, taskQueue: harness.taskQueue });
    try {
      const tenant = await newTenant();
      const handle = await startCall(tenant, `CRASH${Date.now()}`);

      const counters = await blockTable('confirmation_counters');
      const booked = handle.executeUpdate(bookAppointmentUpdate, { args: [{ localStart: '2026-07-10T10:00', service: 'burial' }] });
      await waitForWaiterOn('confirmation_counters');
      await worker.crash();
      worker = await startWorkerProcess({ databaseUrl: harness.databaseUrl, address: harness.address, taskQueue: harness.taskQueue });
      const outbox = await blockTable('sms_outbox');
      await counters.release();
      await waitForWaiterOn('sms_outbox');
      await worker.crash();
      worker = await startWorkerProcess({ databaseUrl: harness.databaseUrl, address: harness.address, taskQueue: harness.taskQueue });
      await outbox.release();

      const booking = await booked;
      expect(booking.confirmation).toBe('BUR-000001');
      const { appointments, texts } = await countRows(tenant);
      expect(appointments).toEqual([{ confirmation_code: 'BUR-000001' }]);
      expect(texts).toHaveLength(1);
      expect(texts[0]!.body).toContain('BUR-000001');
    } finally {
      await worker.stop();
    }
  }, 180_000);
});
