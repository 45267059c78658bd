import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimulatedCall } from '../simulation/simulated-call.js';
import { insertTenant } from '../db/queries/tenants.js';
import { localToInstant } from '../domain/dates/zoned-time.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { startWorkerHarness } from '../testing/worker-harness.js';

// Twenty families phone at once and every one asks for the same Friday at 10. The calendar must
// end with exactly one booking at that time; everyone else is offered other times.
const CALLERS = 20;
const ZONE = 'America/Chicago';

let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness();
});
afterAll(() => harness.stop());

describe('concurrent calls for one slot', () => {
  it('books it once and offers the others another time', async () => {
    const tenant = await insertTenant(harness.db, { name: 'Busy Chapel', slug: `busy-${Date.now()}`, isDemo: false, settings: defaultTenantSettings(ZONE) });
    const calls = await Promise.all(
      Array.from({ length: CALLERS }, (_, i) =>
        runSimulatedCall({
          temporal: harness.temporal,
          taskQueue: harness.taskQueue,
          call: {
            tenantId: tenant.id,
            callSid: `RACE${Date.now()}${i}`,
            fromPhone: `+1312555${String(1000 + i)}`,
            referenceTime: localToInstant('2026-07-08T09:00', ZONE)!,
            timeZone: ZONE,
          },
          greeting: 'Thank you for calling Busy Chapel. How can I help?',
          callerLines: [`This is Caller Number${String.fromCharCode(65 + i)}. My mother passed away and I'd like to book a consultation.`, 'Could we do this Friday at 10 AM?'],
        }),
      ),
    );

    const booked = await harness.db
      .selectFrom('calendar_events')
      .select(['starts_at', 'workflow_id'])
      .where('tenant_id', '=', tenant.id)
      .where('status', '=', 'confirmed')
      .execute();
    expect(booked).toHaveLength(1);
    expect(booked[0]!.starts_at.toISOString()).toBe(localToInstant('2026-07-10T10:00', ZONE));

    const winners = calls.filter((call) => call.summary.outcome === 'booked');
    expect(winners.map((call) => call.workflowId)).toEqual([booked[0]!.workflow_id]);
    const others = calls.filter((call) => call.summary.outcome !== 'booked');
    expect(others).toHaveLength(CALLERS - 1);
    for (const call of others) {
      const lastAgentLine = call.turns.filter((turn) => turn.role === 'agent').at(-1)!.text;
      expect(lastAgentLine).toMatch(/taken/);
      expect(lastAgentLine).toMatch(/Would any of those work for you\?/);
      expect(lastAgentLine).not.toMatch(/Friday at 10 AM[.,]? (?:or|Would)/);
    }
  }, 120_000);
});
