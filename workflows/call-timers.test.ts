import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTenant, type Tenant } from '../db/queries/tenants.js';
import { localToInstant } from '../domain/dates/zoned-time.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { callStateQuery, hangUpSignal, holdSlotUpdate, saveCallerDetailsUpdate, turnSignal } from './call-messages.js';
import type { CallWorkflow } from './call-workflow.js';

// The call's own timers at their real lengths, on the time-skipping test server: a held time is
// let go when the caller has been quiet ten minutes, and a caller silent for thirty has gone.
const ZONE = 'America/Chicago';
const MINUTE_MS = 60 * 1000;

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness({ timeSkipping: true });
}, 60_000);
afterAll(() => harness.stop());

async function heldCall(name: string) {
  const suffix = `${Date.now()}${Math.round(performance.now())}`;
  const tenant: Tenant = await insertTenant(harness.db, { name: 'Quiet Chapel', slug: `quiet-${suffix}`, isDemo: false, settings: defaultTenantSettings(ZONE) });
  const handle = await harness.temporal.workflow.start<typeof CallWorkflow>('CallWorkflow', {
    workflowId: `call-${name}${suffix}`,
    taskQueue: harness.taskQueue,
    args: [{ tenantId: tenant.id, callSid: `${name}${suffix}`, fromPhone: '+13125550177', referenceTime: localToInstant('2026-07-08T09:00', ZONE)!, timeZone: ZONE }],
  });
  await handle.signal(turnSignal, { role: 'caller', text: 'This is Ida Moss. My husband Carl died on Sunday; I would like to arrange his burial.' });
  await handle.executeUpdate(saveCallerDetailsUpdate, { args: [{}] });
  await handle.executeUpdate(holdSlotUpdate, { args: [{ localStart: '2026-07-10T10:00', service: 'burial' }] });
  return { tenant, handle };
}

const eventsOf = (tenant: Tenant) => harness.db.selectFrom('calendar_events').select(['status']).where('tenant_id', '=', tenant.id).execute();
const callOf = (tenant: Tenant) => harness.db.selectFrom('calls').select(['status', 'outcome']).where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow();

describe('a caller who goes quiet', () => {
  it('has the held time let go after ten minutes, and the call closed as abandoned after thirty more', async () => {
    const { tenant, handle } = await heldCall('QUIET');
    expect(await eventsOf(tenant)).toEqual([{ status: 'held' }]);

    await harness.skipping!.sleep(11 * MINUTE_MS);
    // The timer has fired on the server; the worker lets the hold go a moment later, in real time.
    await expect.poll(async () => (await handle.query(callStateQuery)).stage, { timeout: 10_000 }).toBe('listening');
    expect((await handle.query(callStateQuery)).hold).toBeNull();
    expect(await eventsOf(tenant)).toEqual([{ status: 'cancelled' }]);

    expect(await handle.result()).toMatchObject({ outcome: 'abandoned', booking: null });
    expect(await callOf(tenant)).toEqual({ status: 'completed', outcome: 'abandoned' });
  }, 60_000);
});

describe('a caller who hangs up', () => {
  it('ends the call at once, lets the held time go and keeps what was said', async () => {
    const { tenant, handle } = await heldCall('HANGUP');
    await handle.signal(hangUpSignal);
    expect(await handle.result()).toMatchObject({ outcome: 'no_booking', booking: null });
    expect(await eventsOf(tenant)).toEqual([{ status: 'cancelled' }]);
    expect(await callOf(tenant)).toEqual({ status: 'completed', outcome: 'no_booking' });
  }, 60_000);
});
