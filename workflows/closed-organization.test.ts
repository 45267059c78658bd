import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTenant } from '../db/queries/tenants.js';
import { localToInstant } from '../domain/dates/zoned-time.js';
import { defaultTenantSettings, WEEKDAYS, type BusinessHours } from '../domain/tenant-settings.js';
import { runSimulatedCall } from '../simulation/simulated-call.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { followUpStateQuery, followUpWorkflowId } from './follow-up-messages.js';

// An organization whose every day is closed (a misconfiguration, or a home that takes no bookings
// by phone) still answers: the caller hears that no time can be offered, the call ends, and staff
// get a task to call back; nothing waits on a search that can never succeed.
const ZONE = 'America/Chicago';
const CLOSED: BusinessHours = Object.fromEntries(WEEKDAYS.map((day) => [day, null])) as BusinessHours;

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness();
});
afterAll(() => harness.stop());

describe('an organization with no open hours', () => {
  it('tells the caller no time can be offered, ends the call, and leaves staff a call-back task', async () => {
    const tenant = await insertTenant(harness.db, {
      name: 'Closed Chapel',
      slug: `closed-${Date.now()}`,
      isDemo: false,
      settings: { ...defaultTenantSettings(ZONE), businessHours: CLOSED },
    });
    const started = Date.now();
    const call = await runSimulatedCall({
      temporal: harness.temporal,
      taskQueue: harness.taskQueue,
      call: { tenantId: tenant.id, callSid: `CLOSED${Date.now()}`, fromPhone: '+13125550166', referenceTime: localToInstant('2026-07-08T09:00', ZONE)!, timeZone: ZONE },
      greeting: 'Closed Chapel, how can I help?',
      callerLines: ["This is Vera Holt. My mother died on Monday and I'd like to arrange her burial this Friday morning.", 'Thank you.'],
    });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(call.summary).toMatchObject({ outcome: 'no_booking', booking: null });
    const agentLines = call.turns.filter((turn) => turn.role === 'agent').map((turn) => turn.text);
    expect(agentLines.join(' ')).toMatch(/don't see a free time.*staff will call you/);
    // The call-back: the follow-up's task for the next morning, a day the organization keeps no hours.
    const followUp = harness.temporal.workflow.getHandle(followUpWorkflowId(call.workflowId));
    expect(await followUp.query(followUpStateQuery)).toMatchObject({ followUp: 'waiting', reminder: 'not_needed' });
    const events = await harness.db.selectFrom('calendar_events').select('id').where('tenant_id', '=', tenant.id).execute();
    expect(events).toEqual([]);
  }, 60_000);
});
