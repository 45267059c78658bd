import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvent, MAIN_RESOURCE } from '../db/queries/calendar.js';
import { openCallRecord } from '../db/queries/calls.js';
import { insertContact } from '../db/queries/contacts.js';
import { insertTenant, type Tenant } from '../db/queries/tenants.js';
import type { Booking } from '../domain/call/booking.js';
import { instantToLocal } from '../domain/dates/zoned-time.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { appointmentCancelledSignal, appointmentMovedSignal, followUpWorkflowId, type FollowUpInput } from './follow-up-messages.js';
import type { AppointmentFollowUpWorkflow } from './follow-up-workflow.js';

// The durable timers after a call, with the times a real call has (a task tomorrow morning, a
// reminder the day before an appointment days away), on the time-skipping test server: the clock
// jumps to each timer, so nothing races a real clock. The follow-up task and the reminder text
// arrive, and cancelling or moving the appointment is obeyed.
const ZONE = 'America/Chicago';
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness({ timeSkipping: true });
}, 60_000);
afterAll(() => harness.stop());

/** The test server's clock, which the earlier tests of this file have moved on by days. */
const serverNow = () => harness.skipping!.currentTimeMs();

async function bookedCall(now: number, startInMs: number) {
  const suffix = `${Date.now()}${Math.round(performance.now())}`;
  const tenant: Tenant = await insertTenant(harness.db, { name: 'Timer Chapel', slug: `timer-${suffix}`, isDemo: false, settings: defaultTenantSettings(ZONE) });
  const callWorkflowId = `call-TIMER${suffix}`;
  const call = await openCallRecord(harness.db, { tenantId: tenant.id, callSid: `TIMER${suffix}`, workflowId: callWorkflowId, fromPhone: '+13125550111', startedAt: new Date(now).toISOString() });
  const contact = await insertContact(harness.db, {
    tenantId: tenant.id,
    fields: { name: 'Ruth Ames', phone: '+13125550111', email: null, deceasedName: 'Paul Ames', relationship: 'spouse', serviceType: 'burial' },
    sources: {},
  });
  const booking = await placeBooking(tenant, callWorkflowId, call.id, now + startInMs, 'BUR-000001');
  return { tenant, tenantId: tenant.id, callWorkflowId, callId: call.id, contactId: contact.id, booking };
}

async function placeBooking(tenant: Tenant, workflowId: string, callId: string, startMs: number, confirmation: string): Promise<Booking> {
  const start = new Date(Math.floor(startMs / 1000) * 1000).toISOString();
  const end = new Date(Date.parse(start) + 2 * 60 * 60 * 1000).toISOString();
  const event = await insertEvent(harness.db, {
    tenantId: tenant.id,
    resource: MAIN_RESOURCE,
    kind: 'appointment',
    serviceType: 'burial',
    title: 'Burial service',
    start,
    end,
    bufferMinutes: 30,
    status: 'confirmed',
    callId,
    workflowId,
  });
  await harness.db.updateTable('calendar_events').set({ confirmation_code: confirmation }).where('id', '=', event.id).execute();
  return { eventId: event.id, service: 'burial', confirmation, start, end, localStart: instantToLocal(start, ZONE), localEnd: instantToLocal(end, ZONE) };
}

async function start(input: FollowUpInput) {
  return harness.temporal.workflow.start<typeof AppointmentFollowUpWorkflow>('AppointmentFollowUpWorkflow', {
    workflowId: followUpWorkflowId(input.callWorkflowId),
    taskQueue: harness.taskQueue,
    args: [input],
  });
}

async function recorded(tenant: Tenant) {
  const tasks = await harness.db.selectFrom('tasks').select(['kind', 'title']).where('tenant_id', '=', tenant.id).execute();
  const texts = await harness.db.selectFrom('sms_outbox').select(['purpose', 'body']).where('tenant_id', '=', tenant.id).execute();
  return { tasks, texts };
}

describe('after the call', () => {
  it('creates the follow-up task in the morning and texts the reminder a day ahead', async () => {
    const now = await serverNow();
    const call = await bookedCall(now, 3 * DAY_MS);
    const handle = await start({ ...call, followUpAt: new Date(now + 16 * HOUR_MS).toISOString(), toPhone: '+13125550111' });
    expect(await handle.result()).toMatchObject({ followUp: 'created', reminder: 'sent' });
    const { tasks, texts } = await recorded(call.tenant);
    expect(tasks).toEqual([{ kind: 'follow_up_call', title: 'Follow-up call to Ruth Ames' }]);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ purpose: 'reminder' });
    expect(texts[0]!.body).toContain('BUR-000001');
  }, 60_000);

  it('does neither once the appointment is cancelled', async () => {
    const now = await serverNow();
    const call = await bookedCall(now, 3 * DAY_MS);
    const handle = await start({ ...call, followUpAt: new Date(now + 16 * HOUR_MS).toISOString(), toPhone: '+13125550111' });
    await handle.signal(appointmentCancelledSignal);
    expect(await handle.result()).toMatchObject({ followUp: 'cancelled', reminder: 'cancelled' });
    expect(await recorded(call.tenant)).toEqual({ tasks: [], texts: [] });
  }, 60_000);

  it('reminds of the new time when the appointment is moved', async () => {
    const now = await serverNow();
    const call = await bookedCall(now, 3 * DAY_MS);
    const handle = await start({ ...call, followUpAt: new Date(now + 16 * HOUR_MS).toISOString(), toPhone: '+13125550111' });
    await harness.db.updateTable('calendar_events').set({ status: 'cancelled' }).where('id', '=', call.booking.eventId).execute();
    const moved = await placeBooking(call.tenant, call.callWorkflowId, call.callId, now + 5 * DAY_MS, 'BUR-000002');
    await handle.signal(appointmentMovedSignal, moved);
    expect(await handle.result()).toMatchObject({ reminder: 'sent', booking: { confirmation: 'BUR-000002' } });
    const { texts } = await recorded(call.tenant);
    expect(texts.map((text) => text.body)).toEqual([expect.stringContaining('BUR-000002')]);
  }, 60_000);

  it('sends no reminder for an appointment less than a day away: the confirmation was enough', async () => {
    const now = await serverNow();
    const call = await bookedCall(now, 2 * 60 * 60 * 1000);
    const handle = await start({ ...call, followUpAt: new Date(now + 16 * HOUR_MS).toISOString(), toPhone: '+13125550111' });
    expect(await handle.result()).toMatchObject({ followUp: 'created', reminder: 'not_needed' });
  }, 60_000);
});
