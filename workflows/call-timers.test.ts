import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '../db/queries/tenants.js';
import { heldCall } from '../testing/call-cases.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { callStateQuery, hangUpSignal } from './call-messages.js';

// The call's own timers at their real lengths, on the time-skipping test server: a held time is
// let go when the caller has been quiet ten minutes, and a caller silent for thirty has gone.
const MINUTE_MS = 60 * 1000;

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness({ timeSkipping: true });
}, 60_000);
afterAll(() => harness.stop());

const eventsOf = (tenant: Tenant) => harness.db.selectFrom('calendar_events').select(['status']).where('tenant_id', '=', tenant.id).execute();
const callOf = (tenant: Tenant) => harness.db.selectFrom('calls').select(['status', 'outcome']).where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow();

describe('a caller who goes quiet', () => {
  it('has the held time let go after ten minutes, and the call closed as abandoned after thirty more', async () => {
    const { tenant, handle } = await heldCall(harness, 'QUIET');
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
    const { tenant, handle } = await heldCall(harness, 'HANGUP');
    await handle.signal(hangUpSignal);
    expect(await handle.result()).toMatchObject({ outcome: 'no_booking', booking: null });
    expect(await eventsOf(tenant)).toEqual([{ status: 'cancelled' }]);
    expect(await callOf(tenant)).toEqual({ status: 'completed', outcome: 'no_booking' });
  }, 60_000);
});
