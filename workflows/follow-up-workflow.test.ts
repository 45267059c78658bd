import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '../db/queries/tenants.js';
import { bookedCallFollowUp, placeBooking } from '../testing/call-cases.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { appointmentCancelledSignal, appointmentMovedSignal } from './follow-up-messages.js';

// The durable timers after a call, with the times a real call has (a task tomorrow morning, a
// reminder the day before an appointment days away), on the time-skipping test server: the clock
// jumps to each timer, so nothing races a real clock. The follow-up task and the reminder text
// arrive, and cancelling or moving the appointment is obeyed.
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness({ timeSkipping: true });
}, 60_000);
afterAll(() => harness.stop());

/** A follow-up of a call that booked `startInMs` ahead of the test server's clock, which the earlier tests have moved on by days. */
const followUp = async (startInMs: number) => {
  const now = await harness.skipping!.currentTimeMs();
  return { now, ...(await bookedCallFollowUp(harness, now, startInMs)) };
};

async function recorded(tenant: Tenant) {
  const tasks = await harness.db.selectFrom('tasks').select(['kind', 'title']).where('tenant_id', '=', tenant.id).execute();
  const texts = await harness.db.selectFrom('sms_outbox').select(['purpose', 'body']).where('tenant_id', '=', tenant.id).execute();
  return { tasks, texts };
}

describe('after the call', () => {
  it('creates the follow-up task in the morning and texts the reminder a day ahead', async () => {
    const { tenant, handle } = await followUp(3 * DAY_MS);
    expect(await handle.result()).toMatchObject({ followUp: 'created', reminder: 'sent' });
    const { tasks, texts } = await recorded(tenant);
    expect(tasks).toEqual([{ kind: 'follow_up_call', title: 'Follow-up call to Ruth Ames' }]);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ purpose: 'reminder' });
    expect(texts[0]!.body).toContain('BUR-000001');
  }, 60_000);

  it('does neither once the appointment is cancelled', async () => {
    const { tenant, handle } = await followUp(3 * DAY_MS);
    await handle.signal(appointmentCancelledSignal);
    expect(await handle.result()).toMatchObject({ followUp: 'cancelled', reminder: 'cancelled' });
    expect(await recorded(tenant)).toEqual({ tasks: [], texts: [] });
  }, 60_000);

  it('reminds of the new time when the appointment is moved', async () => {
    const { now, tenant, callWorkflowId, callId, booking, handle } = await followUp(3 * DAY_MS);
    await harness.db.updateTable('calendar_events').set({ status: 'cancelled' }).where('id', '=', booking.eventId).execute();
    const moved = await placeBooking(harness.db, { tenant, workflowId: callWorkflowId, callId, startMs: now + 5 * DAY_MS, confirmation: 'BUR-000002' });
    await handle.signal(appointmentMovedSignal, moved);
    expect(await handle.result()).toMatchObject({ reminder: 'sent', booking: { confirmation: 'BUR-000002' } });
    const { texts } = await recorded(tenant);
    expect(texts.map((text) => text.body)).toEqual([expect.stringContaining('BUR-000002')]);
  }, 60_000);

  it('sends no reminder for an appointment less than a day away: the confirmation was enough', async () => {
    const { handle } = await followUp(2 * HOUR_MS);
    expect(await handle.result()).toMatchObject({ followUp: 'created', reminder: 'not_needed' });
  }, 60_000);
});
