import type { Client, WorkflowHandle } from '@temporalio/client';
import type { Database } from '../db/database.js';
import { insertEvent, MAIN_RESOURCE } from '../db/queries/calendar.js';
import { openCallRecord } from '../db/queries/calls.js';
import { insertContact } from '../db/queries/contacts.js';
import { insertTenant, type Tenant } from '../db/queries/tenants.js';
import type { Booking } from '../domain/call/booking.js';
import { instantToLocal, localToInstant } from '../domain/dates/zoned-time.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { holdSlotUpdate, saveCallerDetailsUpdate, turnSignal } from '../workflows/call-messages.js';
import type { CallWorkflow } from '../workflows/call-workflow.js';
import { followUpWorkflowId, type FollowUpInput } from '../workflows/follow-up-messages.js';
import type { AppointmentFollowUpWorkflow } from '../workflows/follow-up-workflow.js';

// Calls and follow-ups in a known state, driven through the real workflows: the timer and replay
// tests start from them, and `npm run histories:record` records them.

export const CASE_ZONE = 'America/Chicago';
const HOUR_MS = 60 * 60 * 1000;

export type CaseRuntime = { db: Database; temporal: Client; taskQueue: string };

export const uniqueSuffix = () => `${Date.now()}${Math.round(performance.now())}`;

export function newTenant(db: Database, name: string): Promise<Tenant> {
  return insertTenant(db, { name, slug: `case-${uniqueSuffix()}`, isDemo: false, settings: defaultTenantSettings(CASE_ZONE) });
}

/** A call whose caller has told who died and has a burial time held, then says nothing more. */
export async function heldCall(runtime: CaseRuntime, name: string): Promise<{ tenant: Tenant; handle: WorkflowHandle<typeof CallWorkflow> }> {
  const tenant = await newTenant(runtime.db, 'Quiet Chapel');
  const callSid = `${name}${uniqueSuffix()}`;
  const handle = await runtime.temporal.workflow.start<typeof CallWorkflow>('CallWorkflow', {
    workflowId: `call-${callSid}`,
    taskQueue: runtime.taskQueue,
    args: [{ tenantId: tenant.id, callSid, fromPhone: '+13125550177', referenceTime: localToInstant('2026-07-08T09:00', CASE_ZONE)!, timeZone: CASE_ZONE }],
  });
  await handle.signal(turnSignal, { role: 'caller', text: 'This is Ida Moss. My husband Carl died on Sunday; I would like to arrange his burial.' });
  await handle.executeUpdate(saveCallerDetailsUpdate, { args: [{}] });
  await handle.executeUpdate(holdSlotUpdate, { args: [{ localStart: '2026-07-10T10:00', service: 'burial' }] });
  return { tenant, handle };
}

/** A caller who talks on and on: each round is a caller turn, an agent turn and a reading of them. */
export async function talkAtLength(handle: WorkflowHandle<typeof CallWorkflow>, rounds: number): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await handle.signal(turnSignal, { role: 'caller', text: `He loved the garden, and story number ${i} is about his roses.` });
    await handle.signal(turnSignal, { role: 'agent', text: 'That sounds lovely. Please go on.' });
    await handle.executeUpdate(saveCallerDetailsUpdate, { args: [{}] });
  }
}

/**
 * How many events make the test servers suggest continue-as-new: far below the production 4096, so
 * a long call continues as new within a test's time; several scenario calls cross it too, which
 * exercises the carried state on ordinary calls.
 */
export const CONTINUE_AS_NEW_AFTER_EVENTS = 250;

/** A confirmed burial on the calendar, as a booking call leaves it, `startMs` from the epoch. */
export async function placeBooking(db: Database, at: { tenant: Tenant; workflowId: string; callId: string; startMs: number; confirmation: string }): Promise<Booking> {
  const start = new Date(Math.floor(at.startMs / 1000) * 1000).toISOString();
  const end = new Date(Date.parse(start) + 2 * HOUR_MS).toISOString();
  const event = await insertEvent(db, {
    tenantId: at.tenant.id,
    resource: MAIN_RESOURCE,
    kind: 'appointment',
    serviceType: 'burial',
    title: 'Burial service',
    start,
    end,
    bufferMinutes: 30,
    status: 'confirmed',
    callId: at.callId,
    workflowId: at.workflowId,
  });
  await db.updateTable('calendar_events').set({ confirmation_code: at.confirmation }).where('id', '=', event.id).execute();
  const zone = at.tenant.settings.timeZone;
  return { eventId: event.id, service: 'burial', confirmation: at.confirmation, start, end, localStart: instantToLocal(start, zone), localEnd: instantToLocal(end, zone) };
}

/**
 * A call that booked a burial `startInMs` after `now` (the server's clock) and ended, with its
 * follow-up started: the task due tomorrow morning, 16 hours on.
 */
export async function bookedCallFollowUp(runtime: CaseRuntime, now: number, startInMs: number) {
  const tenant = await newTenant(runtime.db, 'Timer Chapel');
  const callSid = `TIMER${uniqueSuffix()}`;
  const callWorkflowId = `call-${callSid}`;
  const call = await openCallRecord(runtime.db, { tenantId: tenant.id, callSid, workflowId: callWorkflowId, fromPhone: '+13125550111', startedAt: new Date(now).toISOString() });
  const contact = await insertContact(runtime.db, {
    tenantId: tenant.id,
    fields: { name: 'Ruth Ames', phone: '+13125550111', email: null, deceasedName: 'Paul Ames', relationship: 'spouse', serviceType: 'burial' },
    sources: {},
  });
  const booking = await placeBooking(runtime.db, { tenant, workflowId: callWorkflowId, callId: call.id, startMs: now + startInMs, confirmation: 'BUR-000001' });
  const input: FollowUpInput = {
    tenantId: tenant.id,
    callWorkflowId,
    callId: call.id,
    contactId: contact.id,
    followUpAt: new Date(now + 16 * HOUR_MS).toISOString(),
    booking,
    toPhone: '+13125550111',
  };
  const handle = await runtime.temporal.workflow.start<typeof AppointmentFollowUpWorkflow>('AppointmentFollowUpWorkflow', {
    workflowId: followUpWorkflowId(callWorkflowId),
    taskQueue: runtime.taskQueue,
    args: [input],
  });
  return { tenant, callWorkflowId, callId: call.id, booking, handle };
}
