import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimulatedCall } from '../simulation/simulated-call.js';
import { insertTenant } from '../db/queries/tenants.js';
import { localToInstant } from '../domain/dates/zoned-time.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { startWorkerHarness } from '../testing/worker-harness.js';

// The confirmation text must reach the number the caller wants, even when they give it only after
// the booking was made on their caller ID.
const ZONE = 'America/Chicago';
let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness();
});
afterAll(() => harness.stop());

describe('the confirmation text', () => {
  it('goes to the caller ID at booking, and again to a number the caller gives afterwards', async () => {
    const tenant = await insertTenant(harness.db, { name: 'Text Chapel', slug: `text-${Date.now()}`, isDemo: false, settings: defaultTenantSettings(ZONE) });
    const call = await runSimulatedCall({
      temporal: harness.temporal,
      taskQueue: harness.taskQueue,
      call: { tenantId: tenant.id, callSid: `TEXT${Date.now()}`, fromPhone: '+13125550150', referenceTime: localToInstant('2026-07-08T09:00', ZONE)!, timeZone: ZONE },
      greeting: 'Text Chapel, how can I help?',
      callerLines: [
        "This is Nora Quinn. My father died yesterday and I'd like to book his burial this Friday at 10 AM.",
        'Actually, please text me at 773-555-0199 instead, this is my work phone.',
        'Thank you, that is all.',
      ],
    });
    expect(call.summary.outcome).toBe('booked');
    const texts = await harness.db.selectFrom('sms_outbox').select(['to_phone', 'body']).where('tenant_id', '=', tenant.id).orderBy('created_at').execute();
    expect(texts.map((text) => text.to_phone)).toEqual(['+13125550150', '+17735550199']);
    for (const text of texts) expect(text.body).toContain(call.summary.booking!.confirmation);
  }, 60_000);
});
