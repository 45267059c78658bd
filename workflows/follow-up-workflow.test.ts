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

// The durable timers after a call, on the real server, with times a few seconds away: the
// follow-up task and the reminder text arrive, and cancelling or moving the appointment is obeyed.
const ZONE = 'America/Chicago';
const DAY_MS = 24 * 60 * 60 * 1000;

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness();
});
afterAll(() => harness.stop());

async function bookedCall(startInMs: number) {
  const suffix = `${Date.now()}${Math.round(performance.now())}`;
  const tenant: Tenant = await insertTenant(harness.db, { name: 'Timer Chapel', slug: `timer-${suffix}`, isDemo: false, settings: defaultTenantSettings(ZONE) });
  const callWorkflowId = `call-TIMER${suffix}`;
  const call = await openCallRecord(harness.db, { tenantId: tenant.id, callSid: `TIMER${suffix}`, workflowId: callWorkflowId, fromPhone: '+13125550111', startedAt: new Date().toISOString() });
  const contact = await insertContact(harness.db, {
    tenantId: tenant.id,
    fields: { name: 'Ruth Ames', phone: '+13125550111', email: null, deceasedName: 'Paul Ames', relationship: 'spouse', serviceType: 'burial' },
    sources: {},
  });
  const booking = await placeBooking(tenant, callWorkflowId, call.id, Date.now() + startInMs, 'BUR-000001');
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
    const call = await bookedCall(DAY_MS + 3000);
    const handle = await start({ ...call, followUpAt: new Date(Date.now() + 2000).toISOString(), toPhone: '+13125550111' });
    expect(await handle.result()).toMatchObject({ followUp: 'created', reminder: 'sent' });
    const { tasks, texts } = await recorded(call.tenant);
    expect(tasks).toEqual([{ kind: 'follow_up_call', title: 'Follow-up call to Ruth Ames' }]);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ purpose: 'reminder' });
    expect(texts[0]!.body).toContain('BUR-000001');
  }, 30_000);

  it('does neither once the appointment is cancelled', async () => {
    const call = await bookedCall(DAY_MS + 60_000);
    const handle = await start({ ...call, followUpAt: new Date(Date.now() + 60_000).toISOString(), toPhone: '+13125550111' });
    await handle.signal(appointmentCancelledSignal);
    expect(await handle.result()).toMatchObject({ followUp: 'cancelled', reminder: 'cancelled' });
    expect(await recorded(call.tenant)).toEqual({ tasks: [], texts: [] });
  }, 30_000);

  it('reminds of the new time when the appointment is moved', async () => {
    const call = await bookedCall(DAY_MS + 60_000);
    const handle = await start({ ...call, followUpAt: new Date(Date.now() + 1000).toISOString(), toPhone: '+13125550111' });
    await harness.db.updateTable('calendar_events').set({ status: 'cancelled' }).where('id', '=', call.booking.eventId).execute();
    const moved = await placeBooking(call.tenant, call.callWorkflowId, call.callId, Date.now() + DAY_MS + 3000, 'BUR-000002');
    await handle.signal(appointmentMovedSignal, moved);
    expect(await handle.result()).toMatchObject({ reminder: 'sent', booking: { confirmation: 'BUR-000002' } });
    const { texts } = await recorded(call.tenant);
    expect(texts.map((text) => text.body)).toEqual([expect.stringContaining('BUR-000002')]);
  }, 30_000);

  it('sends no reminder for an appointment less than a day away: the confirmation was enough', async () => {
    const call = await bookedCall(2 * 60 * 60 * 1000);
    const handle = await start({ ...call, followUpAt: new Date(Date.now() + 500).toISOString(), toPhone: '+13125550111' });
    expect(await handle.result()).toMatchObject({ followUp: 'created', reminder: 'not_needed' });
  }, 30_000);
});
