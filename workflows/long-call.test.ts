import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldCall, talkAtLength } from '../testing/call-cases.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { bookAppointmentUpdate, callStateQuery, endCallUpdate } from './call-messages.js';

// The test server suggests continue-as-new after CONTINUE_AS_NEW_AFTER_EVENTS (testing/call-cases.ts).
// A caller who talks for a long time carries the whole call into the next run: transcript,
// details, the hold.

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness();
});
afterAll(() => harness.stop());

describe('a long call', () => {
  it('continues as new without losing the transcript, the caller or the held time, and books once', async () => {
    const { tenant, handle } = await heldCall(harness, 'LONG');
    const firstRunId = (await handle.describe()).runId;
    await talkAtLength(handle, 30);
    const state = await handle.query(callStateQuery);
    expect((await handle.describe()).runId).not.toBe(firstRunId);
    expect(state.turns).toHaveLength(61);
    expect(state.details).toMatchObject({ callerName: 'Ida Moss', deceasedName: 'Carl', relationship: 'spouse' });
    expect(state.hold?.localStart).toBe('2026-07-10T10:00');

    const booking = await handle.executeUpdate(bookAppointmentUpdate, { args: [{ localStart: '2026-07-10T10:00', service: 'burial' }] });
    expect(booking.eventId).toBe(state.hold!.eventId);
    const summary = await handle.executeUpdate(endCallUpdate, { args: [{ reason: 'caller' }] });
    expect(summary).toMatchObject({ outcome: 'booked', booking: { confirmation: 'BUR-000001' } });
    const calls = await harness.db.selectFrom('calls').select(['status', 'outcome']).where('tenant_id', '=', tenant.id).execute();
    expect(calls).toEqual([{ status: 'completed', outcome: 'booked' }]);
  }, 120_000);
});
