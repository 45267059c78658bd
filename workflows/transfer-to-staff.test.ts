import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUTTING_THROUGH } from '../activities/transfer.js';
import { createTwilioLine } from '../activities/telephony/live-call-line.js';
import { startOrAttachCall } from '../api/operations/start-call.js';
import { insertRotaEntry } from '../db/queries/on-call-rota.js';
import { startFakeTwilioApi, type FakeTwilioApi } from '../testing/fakes/twilio-api.js';
import { createOrganizationWithMember } from '../testing/organizations.js';
import { ROTA } from '../testing/paged-call.js';
import { startWorkerHarness } from '../testing/worker-harness.js';
import { hangUpSignal, transferToStaffUpdate, turnSignal } from './call-messages.js';

// transfer_to_staff on a live call: the person on call is texted what the call is about, then the
// call rings them through Twilio's call update (the fake's), and the call leaves them the caller.
let twilio: FakeTwilioApi;
let harness: Awaited<ReturnType<typeof startWorkerHarness>>;
const DIAL_ENDED_URL = 'https://calls.example.test/twilio/transfer-status';
beforeAll(async () => {
  twilio = await startFakeTwilioApi();
  harness = await startWorkerHarness({
    deps: { line: createTwilioLine({ accountSid: twilio.accountSid, authToken: twilio.authToken, apiBase: twilio.baseUrl, dialEndedUrl: DIAL_ENDED_URL }) },
  });
});
afterAll(async () => {
  await harness.stop();
  await twilio.stop();
});

async function liveCall(options: { rota: boolean; callSid?: string }) {
  const { tenant } = await createOrganizationWithMember(harness.db, { name: 'Evergreen Chapel' });
  if (options.rota) {
    for (const [position, person] of ROTA.entries()) {
      await insertRotaEntry(harness.db, { tenantId: tenant.id, entry: { ...person, weekdays: [1, 2, 3, 4, 5, 6, 7], from: '00:00', until: '24:00' }, position });
    }
  }
  const callSid = options.callSid ?? `CA${randomBytes(16).toString('hex')}`;
  const handle = await startOrAttachCall({
    temporal: harness.temporal,
    taskQueue: harness.taskQueue,
    call: { tenantId: tenant.id, callSid, fromPhone: '+14155550123', referenceTime: new Date().toISOString(), timeZone: 'America/Chicago' },
  });
  await handle.signal(turnSignal, { role: 'caller', text: "This is Steven Park. My wife Linda just died at home and I don't know what to do. Can I talk to someone?" });
  return { tenantId: tenant.id, callSid, handle };
}

const tasksOf = (tenantId: string) => harness.db.selectFrom('tasks').select(['kind', 'title']).where('tenant_id', '=', tenantId).execute();
/** The transfer's own texts; a death call also pages the director on call, by its own text. */
const transferTextsOf = async (tenantId: string) =>
  (await harness.db.selectFrom('sms_outbox').select(['to_phone', 'body', 'purpose', 'idempotency_key']).where('tenant_id', '=', tenantId).execute()).filter((t) => t.idempotency_key.startsWith('transfer:'));

describe('transfer_to_staff', () => {
  it('texts the person on call a summary, then rings them with the live call, and leaves no call-back of its own', async () => {
    const { tenantId, callSid, handle } = await liveCall({ rota: true });
    const answer = await handle.executeUpdate(transferToStaffUpdate, { args: [{ reason: 'the caller wants a person now' }] });
    expect(answer).toMatchObject({ flagged: true, putThroughTo: ROTA[0].name });

    const texts = await transferTextsOf(tenantId);
    expect(texts).toEqual([expect.objectContaining({ to_phone: ROTA[0].phone, purpose: 'page' })]);
    expect(texts[0]!.body).toMatch(/^Evergreen Chapel: a caller is being put through to you now/);
    expect(texts[0]!.body).toContain('Steven Park');
    expect(texts[0]!.body).toContain('+14155550123');

    const updates = twilio.callUpdates.filter((u) => u.callSid === callSid);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.twiml).toContain(`<Say>${PUTTING_THROUGH}</Say>`);
    expect(updates[0]!.twiml).toContain(`<Dial action="${DIAL_ENDED_URL}" method="POST" timeout="25">${ROTA[0].phone}</Dial>`);

    // The stream ends as Twilio takes the call to the dial; the call closes without a call-back task.
    await handle.signal(hangUpSignal);
    await handle.result();
    expect(await tasksOf(tenantId)).toEqual([]);
    expect(await transferTextsOf(tenantId)).toHaveLength(1);
  });

  it('leaves an urgent call-back, and rings nobody, when nobody is on call', async () => {
    const { tenantId, callSid, handle } = await liveCall({ rota: false });
    const answer = await handle.executeUpdate(transferToStaffUpdate, { args: [{ reason: 'the caller wants a person now' }] });
    expect(answer.putThroughTo).toBeUndefined();
    expect(twilio.callUpdates.some((u) => u.callSid === callSid)).toBe(false);
    expect(await tasksOf(tenantId)).toEqual([expect.objectContaining({ kind: 'urgent_callback' })]);
    await handle.signal(hangUpSignal);
    await handle.result();
    expect(await tasksOf(tenantId)).toHaveLength(1);
  });

  it('does not try to redirect a practice call, which has no telephone line', async () => {
    const { tenantId, handle } = await liveCall({ rota: true, callSid: `practice-${randomBytes(6).toString('hex')}` });
    const answer = await handle.executeUpdate(transferToStaffUpdate, { args: [{ reason: 'the caller wants a person now' }] });
    expect(answer.putThroughTo).toBeUndefined();
    expect(await tasksOf(tenantId)).toEqual([expect.objectContaining({ kind: 'urgent_callback' })]);
    expect(await transferTextsOf(tenantId)).toEqual([]);
    await handle.signal(hangUpSignal);
    await handle.result();
  });
});
