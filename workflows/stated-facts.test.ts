import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrAttachCall } from '../api/operations/start-call.js';
import { insertTenant } from '../db/queries/tenants.js';
import { localToInstant } from '../domain/dates/zoned-time.js';
import { defaultTenantSettings } from '../domain/tenant-settings.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { endCallUpdate, saveCallerDetailsUpdate, turnSignal } from './call-messages.js';

// What the agent states outright (it asked, read back, and the caller confirmed) is the record;
// a later reading of the transcript, which may hear it differently, never replaces it.

const ZONE = 'America/Chicago';
let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
beforeAll(async () => {
  harness = await startWorkerHarness();
});
afterAll(() => harness.stop());

describe('stated facts', () => {
  it('keep the stated name and relationship over later readings, and the contact records that the agent stated them', async () => {
    const tenant = await insertTenant(harness.db, { name: 'Faithful Chapel', slug: `stated-${Date.now()}`, isDemo: false, settings: defaultTenantSettings(ZONE) });
    const handle = await startOrAttachCall({
      temporal: harness.temporal,
      taskQueue: harness.taskQueue,
      call: { tenantId: tenant.id, callSid: `STATED${Date.now()}`, fromPhone: '+13125550144', referenceTime: localToInstant('2026-07-08T09:00', ZONE)!, timeZone: ZONE },
    });
    await handle.signal(turnSignal, { role: 'caller', text: 'Hi, this is Joan, my mother died on Sunday.' });
    const stated = await handle.executeUpdate(saveCallerDetailsUpdate, { args: [{ callerName: 'Joanna Kowalczyk', relationship: 'child' }] });
    expect(stated.details).toMatchObject({ callerName: 'Joanna Kowalczyk', relationship: 'child' });

    await handle.signal(turnSignal, { role: 'caller', text: "Yes, I'm Joan. Her name was Irena Kowalczyk, she was my mother-in-law really." });
    const later = await handle.executeUpdate(saveCallerDetailsUpdate, { args: [{}] });
    expect(later.details).toMatchObject({ callerName: 'Joanna Kowalczyk', relationship: 'child', deceasedName: 'Irena Kowalczyk' });

    const contact = await harness.db.selectFrom('contacts').select(['name', 'detail_sources']).where('id', '=', later.contactId!).executeTakeFirstOrThrow();
    expect(contact.name).toBe('Joanna Kowalczyk');
    expect(contact.detail_sources).toMatchObject({ name: 'agent', relationship: 'agent', deceasedName: 'caller' });
    await handle.executeUpdate(endCallUpdate, { args: [{ reason: 'caller' }] });
  });
});
