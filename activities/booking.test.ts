import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startActivityHarness } from '../testing/activity-harness.js';

// Booking against the real database: idempotent per call, never overlapping (buffers included),
// numbered without gaps, and separate per organization.
let harness: Awaited<ReturnType<typeof startActivityHarness>>;
beforeAll(async () => {
  harness = await startActivityHarness();
});
afterAll(() => harness.stop());

const NOW = '2026-07-08T14:00:00.000Z';

async function book(tenantId: string, call: { callId: string; workflowId: string }, localStart: string, service: 'burial' | 'consultation' = 'consultation') {
  return harness.activities.bookAppointment({ tenantId, ...call, contactId: null, service, localStart, now: NOW, callerName: 'Ann Lee', deceasedName: null });
}

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApplicationFailure);
  expect((error as ApplicationFailure).nonRetryable).toBe(true);
  return (error as ApplicationFailure).type ?? undefined;
}

describe('bookAppointment', () => {
  it('returns the same booking when retried for the same call, and stores one row', async () => {
    const tenant = await harness.newTenant();
    const call = await harness.newCall(tenant);
    const first = await book(tenant.id, call, '2026-07-10T10:00');
    const again = await book(tenant.id, call, '2026-07-10T10:00');
    expect(again).toEqual(first);
    expect(first).toMatchObject({ confirmation: 'CON-000001', localStart: '2026-07-10T10:00', localEnd: '2026-07-10T11:00' });
    const rows = await harness.db.selectFrom('calendar_events').select('id').where('tenant_id', '=', tenant.id).execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a second call the same time, and a time inside the buffer, but not a time just past it', async () => {
    const tenant = await harness.newTenant();
    await book(tenant.id, await harness.newCall(tenant), '2026-07-10T10:00');
    expect(await refusal(book(tenant.id, await harness.newCall(tenant), '2026-07-10T10:00'))).toBe('slot_unavailable');
    expect(await refusal(book(tenant.id, await harness.newCall(tenant), '2026-07-10T11:00'))).toBe('slot_unavailable');
    expect(await refusal(book(tenant.id, await harness.newCall(tenant), '2026-07-10T08:30'))).toBe('slot_unavailable');
    await expect(book(tenant.id, await harness.newCall(tenant), '2026-07-10T11:30')).resolves.toMatchObject({ confirmation: 'CON-000002' });
  });

  it('refuses times the organization does not book: closed days, outside hours, too soon', async () => {
    const tenant = await harness.newTenant();
    const call = await harness.newCall(tenant);
    expect(await refusal(book(tenant.id, call, '2026-07-12T10:00'))).toBe('slot_unavailable');
    expect(await refusal(book(tenant.id, call, '2026-07-10T16:30'))).toBe('slot_unavailable');
    expect(await refusal(book(tenant.id, call, '2026-07-08T10:00'))).toBe('slot_unavailable');
  });

  it('numbers concurrent bookings without gaps or repeats, and a refused booking uses no number', async () => {
    const tenant = await harness.newTenant();
    const times = ['09:00', '10:30', '12:00', '13:30', '15:00'].flatMap((time) => [`2026-07-13T${time}`, `2026-07-14T${time}`]);
    const contenders = [...times, '2026-07-13T09:00', '2026-07-14T09:00'];
    const results = await Promise.allSettled(contenders.map(async (time) => book(tenant.id, await harness.newCall(tenant), time)));
    const codes = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.confirmation] : [])).sort();
    expect(codes).toEqual(times.map((_, i) => `CON-${String(i + 1).padStart(6, '0')}`));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(2);
  });

  it('keeps organizations apart: the same time books in each, each numbered from one', async () => {
    const [a, b] = [await harness.newTenant(), await harness.newTenant()];
    await expect(book(a.id, await harness.newCall(a), '2026-07-10T10:00', 'burial')).resolves.toMatchObject({ confirmation: 'BUR-000001' });
    await expect(book(b.id, await harness.newCall(b), '2026-07-10T10:00', 'burial')).resolves.toMatchObject({ confirmation: 'BUR-000001' });
  });
});

describe('holds', () => {
  it('keeps a held time from other calls, turns into the booking in place, and a call holds one time at most', async () => {
    const tenant = await harness.newTenant();
    const caller = await harness.newCall(tenant);
    const hold = (call: { callId: string; workflowId: string }, localStart: string) =>
      harness.activities.holdSlot({ tenantId: tenant.id, ...call, service: 'consultation', localStart, now: NOW, holdMinutes: 10 });
    await hold(caller, '2026-07-10T09:00');
    const held = await hold(caller, '2026-07-10T13:00');
    expect(await refusal(hold(await harness.newCall(tenant), '2026-07-10T13:00'))).toBe('slot_unavailable');
    await expect(hold(await harness.newCall(tenant), '2026-07-10T09:00')).resolves.toBeDefined();
    const booking = await book(tenant.id, caller, '2026-07-10T13:00');
    expect(booking.eventId).toBe(held.eventId);
  });

  it('stops blocking once expired, and is released when the caller hangs up', async () => {
    const tenant = await harness.newTenant();
    const quiet = await harness.newCall(tenant);
    const held = await harness.activities.holdSlot({ tenantId: tenant.id, ...quiet, service: 'consultation', localStart: '2026-07-10T10:00', now: NOW, holdMinutes: 10 });
    await harness.db.updateTable('calendar_events').set({ hold_expires_at: new Date(Date.now() - 1000) }).where('id', '=', held.eventId).execute();
    const answer = await harness.activities.findAvailableSlots({ tenantId: tenant.id, service: 'consultation', preference: { days: [], partOfDay: null, exact: null, soonest: false }, requestedLocalStart: '2026-07-10T10:00', now: NOW, urgent: false, limit: 3 });
    expect(answer.requested).toMatchObject({ ok: true });
    await expect(book(tenant.id, await harness.newCall(tenant), '2026-07-10T10:00')).resolves.toMatchObject({ localStart: '2026-07-10T10:00' });

    const leaving = await harness.newCall(tenant);
    await harness.activities.holdSlot({ tenantId: tenant.id, ...leaving, service: 'consultation', localStart: '2026-07-10T14:00', now: NOW, holdMinutes: 10 });
    expect(await harness.activities.releaseHolds({ tenantId: tenant.id, workflowId: leaving.workflowId })).toEqual({ released: 1 });
  });
});

describe('the exclusion constraint on its own', () => {
  it('rejects an overlapping live event written straight to the table, whatever the application checked', async () => {
    const tenant = await harness.newTenant();
    const row = (start: string, end: string) => ({
      tenant_id: tenant.id,
      kind: 'external',
      title: 'Staff meeting',
      starts_at: start,
      ends_at: end,
      buffer_minutes: 30,
      blocked: `[${start},${new Date(Date.parse(end) + 30 * 60_000).toISOString()})`,
    });
    await harness.db.insertInto('calendar_events').values(row('2026-07-10T15:00:00Z', '2026-07-10T16:00:00Z')).execute();
    const error = await harness.db.insertInto('calendar_events').values(row('2026-07-10T16:15:00Z', '2026-07-10T17:00:00Z')).execute().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23P01', constraint: 'calendar_events_no_overlap' });
  });
});
