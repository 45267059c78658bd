import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTenant } from '../db/queries/tenants.js';
import { localToInstant } from '../domain/dates/zoned-time.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { bookAppointmentUpdate, callStateQuery, endCallUpdate, holdSlotUpdate, saveCallerDetailsUpdate, turnSignal } from './call-messages.js';
import type { CallWorkflow } from './call-workflow.js';

// The test server suggests continue-as-new after 250 events (testing/global-setup.ts). A caller who
// talks for a long time carries the whole call into the next run: transcript, details, the hold.
const ZONE = 'America/Chicago';

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness();
});
afterAll(() => harness.stop());

describe('a long call', () => {
  it('continues as new without losing the transcript, the caller or the held time, and books once', async () => {
    const tenant = await insertTenant(harness.db, { name: 'Patient Chapel', slug: `long-${Date.now()}`, isDemo: false, settings: defaultTenantSettings(ZONE) });
    const handle = await harness.temporal.workflow.start<typeof CallWorkflow>('CallWorkflow', {
      workflowId: `call-LONG${Date.now()}`,
      taskQueue: harness.taskQueue,
      args: [{ tenantId: tenant.id, callSid: `LONG${Date.now()}`, fromPhone: '+13125550160', referenceTime: localToInstant('2026-07-08T09:00', ZONE)!, timeZone: ZONE }],
    });
    const firstRunId = (await handle.describe()).runId;
    await handle.signal(turnSignal, { role: 'caller', text: 'This is Agnes Bell. My husband Frank died last night and I would like a burial.' });
    await handle.executeUpdate(saveCallerDetailsUpdate, { args: [{}] });
    await handle.executeUpdate(holdSlotUpdate, { args: [{ localStart: '2026-07-10T10:00', service: 'burial' }] });
    for (let i = 0; i < 30; i++) {
      await handle.signal(turnSignal, { role: 'caller', text: `He loved the garden, and story number ${i} is about his roses.` });
      await handle.signal(turnSignal, { role: 'agent', text: 'That sounds lovely. Please go on.' });
      await handle.executeUpdate(saveCallerDetailsUpdate, { args: [{}] });
    }
    const state = await handle.query(callStateQuery);
    expect((await handle.describe()).runId).not.toBe(firstRunId);
    expect(state.turns).toHaveLength(61);
    expect(state.details).toMatchObject({ callerName: 'Agnes Bell', deceasedName: 'Frank', relationship: 'spouse' });
    expect(state.hold?.localStart).toBe('2026-07-10T10:00');

    const booking = await handle.executeUpdate(bookAppointmentUpdate, { args: [{ localStart: '2026-07-10T10:00', service: 'burial' }] });
    expect(booking.eventId).toBe(state.hold!.eventId);
    const summary = await handle.executeUpdate(endCallUpdate, { args: [{ reason: 'caller' }] });
    expect(summary).toMatchObject({ outcome: 'booked', booking: { confirmation: 'BUR-000001' } });
    const calls = await harness.db.selectFrom('calls').select(['status', 'outcome']).where('tenant_id', '=', tenant.id).execute();
    expect(calls).toEqual([{ status: 'completed', outcome: 'booked' }]);
  }, 120_000);
});
